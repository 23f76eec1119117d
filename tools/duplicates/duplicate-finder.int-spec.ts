/**
 * 避免重复建设: precision and recall of the real duplicate finder on the labelled set, on real PostgreSQL,
 * among background scenarios (candidates must be retrieved from the index, not handed over).
 */
import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import type { Scenario } from '@scq/registry-domain';
import { registryMigrations, SqlScenarioRepository } from '@scq/registry-infrastructure';
import { searchMigrations, SqlDuplicateFinder } from '../../libs/registry/infrastructure/src/search';
import { domain as taxonomyDomain } from '@scq/taxonomy';
import { readLabelledPairs } from './labelled-pairs.file';
import type { LabelledScenario, PairKind } from './labelled-set';
import { metrics, type Metrics } from './metrics';
import { BULK_INSERT_SQL, bulkInsertParams, generateScenarios } from './scenario-generator';

const BACKGROUND = Number(process.env.DUPLICATES_BACKGROUND ?? 5000);
const LIMIT = 10;

function scenarioOf(s: LabelledScenario, index: number): Scenario {
  return {
    id: randomUUID(),
    title: s.title,
    ...(s.description ? { description: s.description } : {}),
    domainCode: s.domainCode,
    aspectCode: taxonomyDomain('2025-draft', s.domainCode).aspect,
    ownerUnit: s.ownerUnit,
    ownerType: s.ownerType,
    tier: 'high-value-niche',
    ...(s.district ? { district: s.district } : {}),
    taxonomyVersion: '2025-draft',
    tags: [],
    contacts: [],
    coOwnerUnits: [],
    stage: null,
    stageSequence: null,
    stageChangedAt: null,
    registeredAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
    registeredBy: null,
    registeredOnBehalf: false,
    profileRevision: 1,
  };
}

const format = (label: string, m: Metrics) =>
  `${label.padEnd(26)} precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}   (tp ${m.truePositives}, fp ${m.falsePositives}, fn ${m.falseNegatives}, tn ${m.trueNegatives})`;

describe('duplicate finder on the labelled set (PostgreSQL)', () => {
  let postgres: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    postgres = await createTestDatabase('registry_duplicates');
    db = await openDatabase({ schema: 'registry', url: postgres.url, migrations: [...registryMigrations, ...searchMigrations] });
  });
  afterAll(async () => {
    await db?.close();
    await postgres?.drop();
  });

  it('finds the second filings and leaves the rest: precision, recall and F1 ≥ 0.9', async () => {
    const rows = [...generateScenarios(BACKGROUND, 7)];
    for (let i = 0; i < rows.length; i += 1000) await db.query(BULK_INSERT_SQL, bulkInsertParams(rows.slice(i, i + 1000)));
    const set = readLabelledPairs();
    const repository = new SqlScenarioRepository();
    const stored = new Map<string, Scenario>();
    for (const [index, labelled] of set.scenarios.entries()) {
      const scenario = scenarioOf(labelled, index);
      await repository.insert(db, scenario);
      stored.set(labelled.key, scenario);
    }
    await db.query('ANALYZE registry.scenario, registry.scenario_search');

    const finder = new SqlDuplicateFinder();
    const found = new Map<string, Set<string>>();
    const latencies: number[] = [];
    for (const key of new Set(set.pairs.map((p) => p.a))) {
      const draft = stored.get(key)!;
      const started = performance.now();
      const near = await finder.findNearDuplicates(db, draft, { excludeId: draft.id, limit: LIMIT });
      latencies.push(performance.now() - started);
      found.set(key, new Set(near.map((n) => n.scenarioId)));
    }
    const outcomes = set.pairs.map((pair, i) => ({ pair, heldOut: i % 2 === 0, predicted: found.get(pair.a)!.has(stored.get(pair.b)!.id), actual: pair.duplicate }));
    const all = metrics(outcomes);
    const report = [
      `labelled pairs ${set.pairs.length} (${set.counts.duplicates} duplicates), ${set.scenarios.length} labelled + ${BACKGROUND} background scenarios, top ${LIMIT} per draft`,
      format('all pairs', all),
      format('held-out (even) pairs', metrics(outcomes.filter((o) => o.heldOut))),
      ...(['reworded', 'hand-reworded', 'title-only'] as PairKind[]).map((kind) => format(`  recall, ${kind}`, metrics(outcomes.filter((o) => o.pair.kind === kind)))),
      ...(['same-domain', 'second-filing-vs-sibling', 'near-miss', 'cross-domain'] as PairKind[]).map((kind) => {
        const m = metrics(outcomes.filter((o) => o.pair.kind === kind));
        return `  ${kind.padEnd(24)} false positives ${m.falsePositives} of ${m.falsePositives + m.trueNegatives}`;
      }),
      `finder latency p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms`,
      ...outcomes.filter((o) => o.predicted !== o.actual).map((o) => `  ${o.actual ? 'missed' : 'false '} ${o.pair.id} ${o.pair.kind}: ${stored.get(o.pair.a)!.title.zh} | ${stored.get(o.pair.b)!.title.zh}`),
    ].join('\n');
    console.log(report);
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
    expect(all.f1).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
