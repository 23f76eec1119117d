import { readFileSync } from 'node:fs';
import { domains } from '@scq/taxonomy';
import { LABELLED_PAIRS_FILE, labelledPairsJson, readLabelledPairs } from './labelled-pairs.file';

describe('the labelled duplicate set', () => {
  it('is current: labelled-pairs.json is what build-labelled-pairs.ts writes', () => {
    // After editing labelled-scenarios.ts or labelled-set.ts: node -r ./tools/register.js tools/duplicates/build-labelled-pairs.ts
    expect(readFileSync(LABELLED_PAIRS_FILE, 'utf8')).toBe(labelledPairsJson());
  });

  it('has at least 200 pairs of both kinds, across the 22 domains of the draft (seed 000)', () => {
    const set = readLabelledPairs();
    expect(set.pairs.length).toBeGreaterThanOrEqual(200);
    expect(set.counts.duplicates).toBeGreaterThanOrEqual(100);
    expect(set.counts.notDuplicates).toBeGreaterThanOrEqual(100);
    expect(new Set(set.scenarios.map((s) => s.domainCode))).toEqual(new Set(domains('2025-draft').map((d) => d.code)));
  });

  it('names only known scenarios, each once, and no pair twice', () => {
    const set = readLabelledPairs();
    const keys = set.scenarios.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const pair of set.pairs) expect([pair.a, pair.b].filter((key) => !keys.includes(key))).toEqual([]);
    const pairKeys = set.pairs.map((p) => [p.a, p.b].sort().join('|'));
    expect(new Set(pairKeys).size).toBe(pairKeys.length);
  });
});
