import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersWithoutSchema, openApiProblems } from '@scq/platform-http';
import { platformApiDocument } from './platform-api-document';

const ROOT = join(__dirname, '..', '..');

describe("the console's server types", () => {
  it('come from a sound document that describes every JSON answer of every route', () => {
    const document = platformApiDocument();
    expect(Object.keys(document.paths).length).toBeGreaterThan(60);
    expect(openApiProblems(document)).toEqual([]);
    expect(answersWithoutSchema(document)).toEqual([]);
  });

  // openapi-typescript loads ES modules that jest's module system cannot, so the generator runs as the command it is.
  it('are what the API document generates today (run `npm run generate:api` after changing a route)', () => {
    const generated = execFileSync(process.execPath, ['-r', './tools/register.js', 'tools/openapi/console-api-types.ts', '--print'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(readFileSync(join(ROOT, 'apps/console/src/api/schema.gen.ts'), 'utf8')).toBe(generated);
  });
});
