import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// evaluation may not import workflow's libs (module boundaries), so the small lifecycle kit is copied; this
// keeps the copies from drifting apart.
const SHARED = ['lifecycle-definition.ts', 'lifecycle-deadline.ts', 'lifecycle-step.ts', 'testing/model-coverage.ts'];
const workflowDomain = join(__dirname, '..', '..', '..', 'workflow', 'domain', 'src');

describe('lifecycle kit shared with workflow/domain', () => {
  it.each(SHARED)('%s is identical in both libs', (file) => {
    expect(readFileSync(join(__dirname, file), 'utf8')).toBe(readFileSync(join(workflowDomain, file), 'utf8'));
  });
});
