/**
 * Scores every labelled pair with the pure similarity (no database) and sweeps the threshold: how
 * DUPLICATE_THRESHOLD was chosen. Tuned on the odd-numbered pairs, reported on the even-numbered ones too.
 *   node -r ./tools/register.js tools/duplicates/tune-threshold.ts
 */
import { DUPLICATE_THRESHOLD, prepareScenarioText, scenarioSimilarity } from '@scq/registry-domain';
import { buildLabelledSet } from './labelled-set';
import { metrics } from './metrics';

const { scenarios, pairs } = buildLabelledSet();
const byKey = new Map(scenarios.map((s) => [s.key, prepareScenarioText(s)]));
const prepared = (key: string) => {
  const found = byKey.get(key);
  if (!found) throw new Error(`unknown scenario ${key}`);
  return found;
};
const scored = pairs.map((pair, i) => ({ pair, tune: i % 2 === 1, score: scenarioSimilarity(prepared(pair.a), prepared(pair.b)).score }));

const line = (label: string, rows: typeof scored, threshold: number) => {
  const m = metrics(rows.map((r) => ({ predicted: r.score >= threshold, actual: r.pair.duplicate })));
  return `${label.padEnd(10)} t=${threshold.toFixed(2)}  P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)}  (tp ${m.truePositives}, fp ${m.falsePositives}, fn ${m.falseNegatives})`;
};
for (let t = 0.3; t <= 0.71; t += 0.025) process.stdout.write(`${line('tune', scored.filter((r) => r.tune), t)}\n`);
process.stdout.write(`\n${line('tune', scored.filter((r) => r.tune), DUPLICATE_THRESHOLD)}\n${line('held-out', scored.filter((r) => !r.tune), DUPLICATE_THRESHOLD)}\n${line('all', scored, DUPLICATE_THRESHOLD)}\n\n`);
const wrong = scored.filter((r) => (r.score >= DUPLICATE_THRESHOLD) !== r.pair.duplicate).sort((a, b) => b.score - a.score);
const title = (key: string) => prepared(key).source.title.zh;
for (const r of wrong) process.stdout.write(`${r.pair.duplicate ? 'MISSED ' : 'FALSE  '} ${r.score.toFixed(3)} ${r.pair.kind.padEnd(24)} ${title(r.pair.a)} | ${title(r.pair.b)}\n`);
const pos = scored.filter((r) => r.pair.duplicate).map((r) => r.score).sort((a, b) => a - b);
const neg = scored.filter((r) => !r.pair.duplicate).map((r) => r.score).sort((a, b) => b - a);
process.stdout.write(`\nlowest duplicates: ${pos.slice(0, 8).join(' ')}\nhighest non-duplicates: ${neg.slice(0, 8).join(' ')}\n`);
