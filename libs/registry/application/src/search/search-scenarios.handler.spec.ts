import { encodeCursor, type Database } from '@scq/platform-persistence';
import { scenarioSearchQuerySchema } from '@scq/registry-domain';
import type { ScenarioSearchCriteria, ScenarioSearchIndex, SearchHit, StageCount } from './scenario-search.port';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import { resolveUnit, SearchScenariosHandler } from './search-scenarios.handler';
import { SearchRequestRefused } from './search.errors';

const hit = (n: number): SearchHit => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: { zh: `场景${n}` },
  excerpt: null,
  domainCode: 'smart-logistics',
  aspectCode: 'industrial-upgrading',
  ownerUnit: '市政府口岸物流办',
  ownerType: 'municipal-department',
  district: null,
  tier: 'high-value-niche',
  joint: false,
  stage: null,
  taxonomyVersion: '2025-draft',
  tags: [],
  registeredAt: new Date('2025-03-01T00:00:00Z'),
  matched: 'title',
  score: 1,
  position: { tier: 2, registeredAt: '2025-03-01T00:00:00.000000Z', id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` },
});

class FakeIndex implements ScenarioSearchIndex {
  readonly calls: ScenarioSearchCriteria[] = [];
  constructor(private readonly hits: SearchHit[]) {}
  async search(_db: Database, criteria: ScenarioSearchCriteria): Promise<SearchHit[]> {
    this.calls.push(criteria);
    return this.hits.slice(0, criteria.limit + 1);
  }
  async stageCounts(): Promise<StageCount[]> {
    return [];
  }
}

const query = (input: Record<string, string>) => scenarioSearchQuerySchema.parse(input);
const db = {} as Database;

describe('search use case', () => {
  it('turns the query into criteria, pages with an opaque cursor and refuses a cursor of another query', async () => {
    const index = new FakeIndex([hit(1), hit(2), hit(3)]);
    const handler = new SearchScenariosHandler(index);
    const first = await handler.execute(db, query({ q: '物流', year: '2025', limit: '2' }));
    expect(index.calls[0]).toMatchObject({ tsquery: "'物流'", registeredFrom: new Date('2024-12-31T16:00:00Z'), registeredBefore: new Date('2025-12-31T16:00:00Z'), limit: 2 });
    expect(first.items.map((i) => i.id)).toEqual([hit(1).id, hit(2).id]);
    expect(first.items[0]).not.toHaveProperty('position');
    expect(first.nextCursor).toEqual(expect.any(String));

    await handler.execute(db, query({ q: '物流', year: '2025', limit: '2', after: first.nextCursor! }));
    expect(index.calls[1].after).toEqual(hit(2).position);

    await expect(handler.execute(db, query({ q: '冷链', year: '2025', after: first.nextCursor! }))).rejects.toMatchObject({ reason: 'cursor-mismatch' });
    await expect(handler.execute(db, query({ q: '物流', after: 'not-a-cursor' }))).rejects.toBeInstanceOf(SearchRequestRefused);
  });

  it('has no next cursor on the last page', async () => {
    const result = await new SearchScenariosHandler(new FakeIndex([hit(1)])).execute(db, query({ q: '物流' }));
    expect(result.nextCursor).toBeNull();
    expect(result.terms).toEqual([{ kind: 'phrase', text: '物流', lexemes: ['物流'] }]);
  });

  it('round-trips a cursor and rejects tampered ones', () => {
    const cursor = encodeSearchCursor(hit(7).position, 'abc');
    expect(decodeSearchCursor(cursor)).toEqual({ ok: true, position: hit(7).position, fingerprint: 'abc' });
    const tampered = encodeCursor([1, '1; drop', '2025-03-01T00:00:00Z', hit(7).id, 'abc']);
    expect(decodeSearchCursor(encodeCursor([1, 3, '2025-03-01T00:00:00Z', hit(7).id, 'abc']))).toEqual({ ok: false });
    expect(decodeSearchCursor(tampered)).toEqual({ ok: false });
    expect(decodeSearchCursor('%%%')).toEqual({ ok: false });
  });

  it('reads a unit filter as what it owns and the domains it is responsible for, in every taxonomy version', () => {
    const unit = resolveUnit('市发改委');
    expect(unit.ownerNames).toEqual(expect.arrayContaining(['市发改委', '市发展改革委', 'development-reform-commission']));
    expect(unit.domains).toEqual(expect.arrayContaining([{ taxonomyVersion: '2025-draft', domainCode: 'unmanned-systems' }, { taxonomyVersion: '2026-final', domainCode: 'unmanned-systems' }]));
    expect(resolveUnit('两江新区')).toEqual({ ownerNames: ['两江新区'], domains: [] });
    expect(resolveUnit('市应急管理局').domains).toEqual(expect.arrayContaining([{ taxonomyVersion: '2026-final', domainCode: 'emergency-management-mine-safety' }]));
  });
});
