import { formatTable, parseOptions, UsageError } from './lifecycle-release';

describe('npm run lifecycle:release: arguments and the plan table', () => {
  it('reads the machine, versions, stage map and mode, with the URL from the environment', () => {
    expect(parseOptions(['--machine', 'scenario-lifecycle', '--to', '2', '--dry-run', '--map', 'operating.piloting.sandboxReview=operating.piloting.sandboxExpired'], { SCQ_URL: 'http://gw:3000/' })).toEqual({
      machine: 'scenario-lifecycle',
      toVersion: 2,
      fromVersion: undefined,
      stageMap: { 'operating.piloting.sandboxReview': 'operating.piloting.sandboxExpired' },
      mode: 'dry-run',
      url: 'http://gw:3000',
    });
    expect(parseOptions(['--machine', 'scenario-lifecycle', '--to', '2', '--from', '1', '--apply', '--url', 'http://x'], {})).toMatchObject({ mode: 'apply', fromVersion: 1, url: 'http://x' });
  });

  it('refuses a missing or doubled mode, a bad version and a malformed mapping, bilingually', () => {
    for (const argv of [
      ['--machine', 'scenario-lifecycle', '--to', '2'],
      ['--machine', 'scenario-lifecycle', '--to', '2', '--dry-run', '--apply'],
      ['--machine', 'scenario-lifecycle', '--to', 'two', '--dry-run'],
      ['--to', '2', '--dry-run'],
      ['--machine', 'scenario-lifecycle', '--to', '2', '--dry-run', '--map', 'a=b=c'],
    ]) {
      expect(() => parseOptions(argv, {})).toThrow(UsageError);
      expect(() => parseOptions(argv, {})).toThrow(/[\u4e00-\u9fff].*[a-z]/);
    }
  });

  it('prints each instance with where it goes, or that it cannot move and why, then the counts', () => {
    const table = formatTable(
      [
        { instanceId: 'i-1', subjectId: 's-1', from: { version: 1, stage: 'proposed' }, to: { version: 2, stage: 'proposed' }, problem: null },
        { instanceId: 'i-2', subjectId: 's-2', from: { version: 1, stage: 'operating.piloting.sandboxReview' }, to: null, problem: { code: 'STAGE_NOT_IN_TARGET', message: 'stage operating.piloting.sandboxReview does not exist in v2' } },
      ],
      { move: 1, blocked: 1 },
    );
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^instance\s+subject\s+from\s+to\s+result\s+why not$/);
    expect(lines[2]).toMatch(/^i-1\s+s-1\s+v1 proposed\s+v2 proposed\s+would move$/);
    expect(lines[3]).toMatch(/^i-2\s+s-2\s+v1 operating\.piloting\.sandboxReview\s+—\s+cannot move\s+stage operating\.piloting\.sandboxReview does not exist in v2$/);
    expect(lines.at(-1)).toBe('move: 1, blocked: 1');
    expect(formatTable([], { move: 0, blocked: 0 })).toContain('no running instance to move');
  });
});
