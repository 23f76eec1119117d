import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { SearchScenariosHandler } from '@scq/registry-application';
import { indexTerms, scenarioSearchQuerySchema, HAN_CHARACTERS, type Scenario } from '@scq/registry-domain';
import { domain as taxonomyDomain } from '@scq/taxonomy';
import { registryMigrations } from '../registry.migrations';
import { SqlScenarioRepository } from '../sql-scenario.repository';
import { RegistrySearchIndex1763800005000, SEARCH_TERMS_HAN_RANGES, searchMigrations } from './search.migrations';
import { SqlDuplicateFinder } from './sql-duplicate.finder';
import { SqlScenarioSearchIndex } from './sql-scenario-search.index';

/** Search over Chinese and English, filters and keyset pages — the same suite on PostgreSQL 15 and on PGlite. */
const engines: Array<[string, () => Promise<{ db: Database; drop: () => Promise<void> }>]> = [
  [
    'PostgreSQL',
    async () => {
      const postgres: TestDatabase = await createTestDatabase('registry_search');
      const db = await openDatabase({ schema: 'registry', url: postgres.url, migrations: registryMigrations });
      return { db, drop: () => postgres.drop() };
    },
  ],
  ['PGlite', async () => ({ db: await openDatabase({ schema: 'registry', pgliteDataDir: 'memory://', migrations: registryMigrations }), drop: async () => undefined })],
];

const repository = new SqlScenarioRepository();
const search = new SearchScenariosHandler(new SqlScenarioSearchIndex());

interface Fixture {
  title: string;
  en?: string;
  description?: string;
  domainCode?: string;
  district?: string;
  ownerUnit?: string;
  tier?: Scenario['tier'];
  registeredAt?: string;
  tags?: string[];
}

let clock = Date.parse('2025-03-01T00:00:00Z');

function scenarioOf(f: Fixture): Scenario {
  const domainCode = f.domainCode ?? 'unmanned-systems';
  return {
    id: randomUUID(),
    title: { zh: f.title, ...(f.en ? { en: f.en } : {}) },
    ...(f.description ? { description: { zh: f.description } } : {}),
    domainCode,
    aspectCode: taxonomyDomain('2025-draft', domainCode).aspect,
    ownerUnit: f.ownerUnit ?? '重庆某科技有限公司',
    ownerType: 'enterprise',
    tier: f.tier ?? 'high-value-niche',
    ...(f.district ? { district: f.district } : {}),
    taxonomyVersion: '2025-draft',
    tags: f.tags ?? [],
    contacts: [],
    coOwnerUnits: [],
    stage: null,
    stageSequence: null,
    stageChangedAt: null,
    registeredAt: new Date(f.registeredAt ?? (clock += 60_000)),
    registeredBy: null,
    registeredOnBehalf: false,
    profileRevision: 1,
  };
}

describe.each(engines)('scenario search on %s', (_engine, open) => {
  let db: Database;
  let drop: () => Promise<void>;
  const ids: Record<string, string> = {};

  async function file(key: string, fixture: Fixture): Promise<Scenario> {
    const scenario = scenarioOf(fixture);
    await repository.insert(db, scenario);
    ids[key] = scenario.id;
    return scenario;
  }

  const run = (input: Record<string, string>) => search.execute(db, scenarioSearchQuerySchema.parse(input));
  const titles = async (input: Record<string, string>) => (await run({ limit: '100', ...input })).items.map((item) => item.title.zh).sort();

  beforeAll(async () => {
    ({ db, drop } = await open());
    // A scenario filed before the search slice existed: its migration must index it.
    await file('early', { title: '早期登记的智慧物流枢纽', description: '迁移前已存在的场景。', domainCode: 'smart-logistics' });
    const runner = db.dataSource.createQueryRunner();
    try {
      for (const Migration of searchMigrations) await new Migration().up(runner);
    } finally {
      await runner.release();
    }
    await file('park', { title: '园区无人配送示范', en: 'Autonomous delivery in industrial parks', description: '在产业园区投放无人配送车，开展快递末端配送。', district: '渝北区', tier: 'industry-integrated', ownerUnit: '市城市管理局' });
    await file('drone', { title: '无人机巡检', en: 'Drone inspection of city roads', description: '利用无人机对城市道路开展巡查。', district: '渝中区' });
    await file('unattended', { title: '无人值守的智能配送站', description: '社区快递自提。', domainCode: 'smart-logistics', district: '渝北区' });
    await file('hub', { title: '智慧物流枢纽', description: '打通铁路、港口和海关数据。', domainCode: 'smart-logistics', district: '江津区', ownerUnit: '市政府口岸物流办' });
    await file('vehicles', { title: '智能网联汽车测试', en: 'Connected vehicle testing', domainCode: 'transportation', tier: 'comprehensive-major' });
    await file('city', { title: '智慧城市运行平台', domainCode: 'smart-city', tags: ['一网统管'] });
    await file('diagnosis', { title: '基层医院AI辅助影像诊断', description: '部署肺结节辅助诊断系统。', domainCode: 'healthcare' });
    await file('inspection', { title: '汽车零部件ＡＩ视觉质检', domainCode: 'artificial-intelligence' });
    await file('pharmacy', { title: '智慧药房', domainCode: 'healthcare' });
    await file('tcm', { title: '社区中医药', domainCode: 'healthcare' });
    await file('newyear', { title: '跨年登记的冷链追溯', domainCode: 'smart-logistics', registeredAt: '2024-12-31T16:30:00Z' });
    await file('oldyear', { title: '年末登记的冷链追溯', domainCode: 'smart-logistics', registeredAt: '2024-12-31T15:30:00Z' });
    await repository.projectStage(db, { scenarioId: ids['drone'], stage: 'operating.piloting.sandbox', sequence: 5, changedAt: new Date(), recognised: true });
    await repository.projectStage(db, { scenarioId: ids['park'], stage: 'open', sequence: 3, changedAt: new Date(), recognised: true });
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('tokenises in SQL exactly as the domain does (one definition, proven on this engine)', async () => {
    expect(SEARCH_TERMS_HAN_RANGES).toBe(HAN_CHARACTERS);
    const samples = ['园区无人配送示范', 'ＡＩ辅助诊断，Drone-2025 巡检', '𠀀巡检 药', '  ', 'Ünïcode café 智慧城市。智能网联!', '“低空+”场景（一期）', '２０２５年ｘ'];
    for (const sample of samples) {
      const { rows } = await db.query<{ terms: string[] }>('SELECT registry.search_terms($1::text) AS terms', [sample]);
      expect({ sample, terms: rows[0].terms }).toEqual({ sample, terms: indexTerms(sample) });
    }
  });

  it('indexed the scenario that existed before the migration', async () => {
    expect(await titles({ q: '物流枢纽' })).toEqual(['早期登记的智慧物流枢纽', '智慧物流枢纽']);
  });

  it('matches a Chinese phrase as a phrase: 无人配送 finds 园区无人配送示范, not 无人机巡检 nor 无人…配送', async () => {
    expect(await titles({ q: '无人配送' })).toEqual(['园区无人配送示范']);
    // Two words: both required, anywhere.
    expect(await titles({ q: '配送 无人' })).toEqual(['园区无人配送示范', '无人值守的智能配送站']);
    expect(await titles({ q: '无人机' })).toEqual(['无人机巡检']);
  });

  it('finds two-character words (shorter than a trigram) and tells 智能 from 智慧', async () => {
    expect(await titles({ q: '物流' })).toEqual(['早期登记的智慧物流枢纽', '智慧物流枢纽']);
    expect(await titles({ q: '智能' })).toEqual(['无人值守的智能配送站', '智能网联汽车测试']);
    expect(await titles({ q: '智慧' })).toEqual(['早期登记的智慧物流枢纽', '智慧城市运行平台', '智慧物流枢纽', '智慧药房']);
  });

  it('finds a single character at the start and at the end of a word', async () => {
    expect(await titles({ q: '药' })).toEqual(['智慧药房', '社区中医药']);
  });

  it('matches English words by prefix, mixed queries, full-width letters, tags and descriptions', async () => {
    expect(await titles({ q: 'drone' })).toEqual(['无人机巡检']);
    expect(await titles({ q: 'DELIVER' })).toEqual(['园区无人配送示范']);
    expect(await titles({ q: 'AI 诊断' })).toEqual(['基层医院AI辅助影像诊断']);
    expect(await titles({ q: 'ai' })).toEqual(['基层医院AI辅助影像诊断', '汽车零部件ＡＩ视觉质检']);
    expect(await titles({ q: '一网统管' })).toEqual(['智慧城市运行平台']);
    expect(await titles({ q: '肺结节' })).toEqual(['基层医院AI辅助影像诊断']);
    expect(await titles({ q: '区块链' })).toEqual([]);
  });

  it('ranks title matches above description matches', async () => {
    await file('rank-desc', { title: '城市道路养护', description: '结合无人机巡检结果安排养护。' });
    const items = (await run({ q: '无人机巡检' })).items.map((item) => item.title.zh);
    expect(items).toEqual(['无人机巡检', '城市道路养护']);
  });

  it('filters by aspect, domain, unit (owner or responsible unit), district, stage prefix, tier and year', async () => {
    expect(await titles({ q: '配送', district: '渝北区' })).toEqual(['园区无人配送示范', '无人值守的智能配送站']);
    expect(await titles({ q: '配送', domain: 'smart-logistics' })).toEqual(['无人值守的智能配送站']);
    expect(await titles({ q: '智', aspect: 'social-governance' })).toEqual(['智慧城市运行平台']);
    // 市政府口岸物流办 is the responsible unit of smart logistics: its domain's scenarios, whoever owns them.
    expect(await titles({ unit: '市政府口岸物流办', q: '冷链' })).toEqual(['年末登记的冷链追溯', '跨年登记的冷链追溯']);
    // 市城市管理局 owns 园区无人配送示范 and is responsible for unmanned systems, transportation and smart city.
    expect(await titles({ unit: 'urban-management-bureau', q: '智' })).toEqual(['智慧城市运行平台', '智能网联汽车测试']);
    expect(await titles({ unit: '市城市管理局', q: '配送' })).toEqual(['园区无人配送示范']);
    expect(await titles({ unit: '市卫生健康委', q: '药' })).toEqual(['智慧药房', '社区中医药']);
    expect(await titles({ stage: 'operating' })).toEqual(['无人机巡检']);
    expect(await titles({ stage: 'operating.piloting' })).toEqual(['无人机巡检']);
    expect(await titles({ stage: 'operating.pilot' })).toEqual([]);
    expect(await titles({ stage: 'open' })).toEqual(['园区无人配送示范']);
    expect(await titles({ tier: 'comprehensive-major' })).toEqual(['智能网联汽车测试']);
    // Years are counted in Beijing time: 2024-12-31T16:30Z is 2025-01-01 00:30 in Chongqing.
    expect(await titles({ q: '冷链', year: '2025' })).toEqual(['跨年登记的冷链追溯']);
    expect(await titles({ q: '冷链', year: '2024' })).toEqual(['年末登记的冷链追溯']);
  });

  it('walks every page exactly once while scenarios are being added (keyset cursor)', async () => {
    const same = '2025-06-01T00:00:00.000Z';
    const existing: string[] = [];
    for (let i = 0; i < 40; i++) {
      // Equal ranks and, for a third of them, the same registration instant: the id breaks the tie.
      const s = await file(`page-${i}`, { title: i % 2 ? `分页测试物流场景${i}` : `分页测试场景${i}`, description: '物流', domainCode: 'smart-logistics', registeredAt: i % 3 === 0 ? same : `2025-05-${String(1 + (i % 28)).padStart(2, '0')}T0${i % 10}:00:00.000Z` });
      existing.push(s.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof run>> = await run({ q: '分页测试', limit: '7', ...(after ? { after } : {}) });
      seen.push(...page.items.map((item) => item.id));
      after = page.nextCursor;
      pages += 1;
      // Meanwhile others register matching scenarios, newer and older than anything seen, and with the tie instant.
      await file(`late-new-${pages}`, { title: `分页测试物流场景新${pages}`, domainCode: 'smart-logistics', registeredAt: new Date(Date.parse('2026-01-01T00:00:00Z') + pages).toISOString() });
      await file(`late-old-${pages}`, { title: `分页测试场景旧${pages}`, description: '物流', domainCode: 'smart-logistics', registeredAt: new Date(Date.parse('2024-01-01T00:00:00Z') + pages).toISOString() });
      await file(`late-tie-${pages}`, { title: `分页测试场景同${pages}`, description: '物流', domainCode: 'smart-logistics', registeredAt: same });
    } while (after && pages < 50);
    expect(new Set(seen).size).toBe(seen.length);
    expect(existing.filter((id) => !seen.includes(id))).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(6);
  });

  it('pages by filters alone, newest first', async () => {
    const first = await run({ domain: 'smart-logistics', limit: '5' });
    const second = await run({ domain: 'smart-logistics', limit: '5', after: first.nextCursor! });
    const all = [...first.items, ...second.items];
    expect(all.map((item) => item.registeredAt.getTime())).toEqual([...all.map((item) => item.registeredAt.getTime())].sort((a, b) => b - a));
    expect(new Set(all.map((item) => item.id)).size).toBe(10);
    await expect(run({ domain: 'healthcare', after: first.nextCursor! })).rejects.toMatchObject({ reason: 'cursor-mismatch' });
  });

  it('finds near-duplicates of a draft through the title index, same domain first', async () => {
    const finder = new SqlDuplicateFinder();
    const draft = scenarioOf({ title: '产业园区无人配送车示范运营', description: '在产业园区投放无人配送车，开展快递末端配送和夜间补货。', district: '渝北区' });
    const found = await finder.findNearDuplicates(db, draft, { limit: 5 });
    expect(found[0]).toMatchObject({ scenarioId: ids['park'], sameDomain: true, sameDistrict: true });
    expect(found[0].score).toBeGreaterThan(0.55);
    expect(found.map((f) => f.scenarioId)).not.toContain(ids['drone']);
    expect(await finder.findNearDuplicates(db, draft, { excludeId: ids['park'] })).toEqual([]);
    expect(await finder.findNearDuplicates(db, { ...draft, title: { zh: '，。' } })).toEqual([]);
  });

  it('keeps the index current on update (generated columns)', async () => {
    await db.query('UPDATE registry.scenario SET title_zh = $2 WHERE id = $1', [ids['city'], '城市运行一网统管平台']);
    expect(await titles({ q: '智慧城市' })).toEqual([]);
    expect(await titles({ q: '运行一网' })).toEqual(['城市运行一网统管平台']);
  });

  it('rolls the migration back and forth', async () => {
    // One query runner at a time: on PGlite a runner holds the single session until released.
    const migrate = async (direction: 'up' | 'down') => {
      const runner = db.dataSource.createQueryRunner();
      try {
        const migrations = direction === 'up' ? searchMigrations : [...searchMigrations].reverse();
        for (const Migration of migrations) await new Migration()[direction](runner);
      } finally {
        await runner.release();
      }
    };
    await migrate('down');
    const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'registry' AND column_name LIKE 'search_%'");
    expect(rows[0].n).toBe(0);
    await migrate('up');
    expect(await titles({ q: '无人配送' })).toEqual(['园区无人配送示范']);
    expect(new RegistrySearchIndex1763800005000().name).toMatch(/1763800005\d{3}$/);
  });
});
