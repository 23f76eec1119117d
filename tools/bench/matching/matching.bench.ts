/**
 * Measures the supply–demand matcher on the labelled set (tools/bench/matching/labelled-pairs.json): loads the
 * scenarios, opportunities and supplier profiles into a fresh PostgreSQL database through the registry's HTTP API,
 * asks the registry for the ranked suppliers of every opportunity (GET /api/opportunities/:id/suppliers, the real
 * code path: SQL candidates, the domain's scoreMatch), and prints precision@5 and recall@20 beside a domain-only
 * baseline. `npm run bench:matching`.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The service-token key pair the test helpers sign callers with (the same as the jest setup makes).
import '../../jest/service-token-keys.js';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase } from '@scq/platform-testing';
import { RegistryModule } from '@scq/registry-infrastructure';

interface LabelledSet {
  suppliers: Array<{ key: string; organisation: string; capabilities: string; tags: string[]; products: unknown[]; domains: string[]; districts: string[]; firstSetRecognitions: unknown[] }>;
  opportunities: Array<{ key: string; title: { zh: string }; description: { zh: string }; capabilities: string[]; domainCode: string; district: string | null; ownerUnit: string }>;
  labels: Array<{ opportunity: string; supplier: string; relevant: boolean }>;
}

const set = JSON.parse(readFileSync(join(__dirname, 'labelled-pairs.json'), 'utf8')) as LabelledSet;
const coordinator = callerHeaders({ id: 'bench-coordinator', roles: ['coordinator'], unit: '市发展改革委' });

async function main(): Promise<void> {
  const database = await createTestDatabase('bench-matching');
  const bus = new InProcessMessageBus();
  const host = await bootstrapHost({ name: 'bench-matching', logger: createLogger('bench-matching', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [RegistryModule.register({ database: { url: database.url } })] });
  const call = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const parsed = (await response.json()) as Record<string, unknown>;
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(parsed)}`);
    return parsed;
  };
  try {
    const started = Date.now();
    for (const s of set.suppliers) {
      const { key: _key, organisation, ...profile } = s;
      await call('PUT', '/api/suppliers/mine', callerHeaders({ id: `bench-${s.key}`, roles: ['applicant'], unit: null, organisation, district: null }), profile);
    }
    const opportunityIds = new Map<string, string>();
    for (const o of set.opportunities) {
      const scenario = await call('POST', '/api/scenarios', coordinator, { title: { zh: o.title.zh }, domainCode: o.domainCode, ownerUnit: '市发展改革委', ownerType: 'municipal-department', tier: 'high-value-niche', taxonomyVersion: '2026-final', ...(o.district ? { district: o.district } : {}) });
      const scenarioId = scenario.id as string;
      const envelope = buildEnvelope('bench', 'workflow.scenario.v1', 'workflow.scenario.stage-changed', {
        subject: scenarioId,
        data: { scenarioId, instanceId: randomUUID(), machine: { id: 'scenario-lifecycle', version: 1 }, from: null, to: 'listed', event: 'bench', actor: null, sequence: 1, changedAt: new Date().toISOString() },
      });
      await bus.publish([{ topic: 'workflow.scenario.v1', key: scenarioId, value: JSON.stringify(envelope) }]);
      const draft = await call('POST', '/api/opportunities', coordinator, { scenarioId, title: o.title, description: o.description, sought: { capabilities: o.capabilities, respondBy: '2099-12-31' } });
      await call('POST', `/api/opportunities/${draft.id as string}/publish`, coordinator, { publishedOn: '2026-01-05' });
      opportunityIds.set(o.key, draft.id as string);
    }
    const loadedMs = Date.now() - started;

    const keyOf = new Map(set.suppliers.map((s) => [s.organisation, s.key]));
    const relevant = (o: string) => new Set(set.labels.filter((l) => l.opportunity === o && l.relevant).map((l) => l.supplier));
    const matcher = { p5: 0, r20: 0, ms: 0 };
    const baseline = { p5: 0, r20: 0 };
    let ceiling = 0;
    const rows: string[] = [];
    for (const o of set.opportunities) {
      const wanted = relevant(o.key);
      const t0 = process.hrtime.bigint();
      const answer = (await call('GET', `/api/opportunities/${opportunityIds.get(o.key) as string}/suppliers`, coordinator)) as { items: Array<{ supplier: { organisation: string } }> };
      matcher.ms += Number(process.hrtime.bigint() - t0) / 1e6;
      const ranked = answer.items.map((i) => keyOf.get(i.supplier.organisation) as string);
      const byDomain = set.suppliers.filter((s) => s.domains.includes(o.domainCode)).map((s) => s.key);
      const p5 = (r: string[]) => r.slice(0, 5).filter((k) => wanted.has(k)).length / 5;
      const r20 = (r: string[]) => r.slice(0, 20).filter((k) => wanted.has(k)).length / wanted.size;
      matcher.p5 += p5(ranked);
      matcher.r20 += r20(ranked);
      baseline.p5 += p5(byDomain);
      baseline.r20 += r20(byDomain);
      ceiling += Math.min(5, wanted.size) / 5;
      rows.push(`  ${o.key} ${o.title.zh.padEnd(18, '　')} relevant ${[...wanted].join(',').padEnd(16)} matcher top 5 ${ranked.slice(0, 5).join(',').padEnd(20)} domain-only ${byDomain.slice(0, 5).join(',')}`);
    }
    const n = set.opportunities.length;
    const f = (x: number) => (x / n).toFixed(3);
    console.log(`labelled set: ${set.labels.length} pairs (${set.labels.filter((l) => l.relevant).length} relevant), ${n} opportunities × ${set.suppliers.length} suppliers; loaded through the API in ${loadedMs} ms`);
    console.log(rows.join('\n'));
    console.log('');
    console.log('                      precision@5   recall@20');
    console.log(`  matcher             ${f(matcher.p5).padEnd(13)} ${f(matcher.r20)}`);
    console.log(`  domain-only         ${f(baseline.p5).padEnd(13)} ${f(baseline.r20)}`);
    console.log(`  ceiling             ${f(ceiling).padEnd(13)} 1.000`);
    console.log(`  ranking request: mean ${(matcher.ms / n).toFixed(1)} ms (GET /api/opportunities/:id/suppliers, ${set.suppliers.length} candidates)`);
  } finally {
    await host.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
