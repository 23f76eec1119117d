import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase, slowTimeout, type TestDatabase } from '@scq/platform-testing';
import type { QueryRunner } from 'typeorm';
import { opportunitiesMigrations, RegistryOpportunityBudgetInFen1767300000100 } from './opportunities/opportunities.migrations';
import { registryMigrations, RegistryScenarioBudgetInFen1767300000000 } from './registry.migrations';

const SCENARIO = '00000000-0000-4000-8000-0000000000a1';
const OPPORTUNITY = '00000000-0000-4000-8000-0000000000b1';
const before = (list: readonly (new () => unknown)[], last: new () => unknown) => list.filter((migration) => migration !== last);

/**
 * Money became integer fen: a registry that stored budgets as numeric yuan is upgraded in place — the scenario's budget
 * and reserve, an opportunity's budget range, and the profile revisions that recorded a budget — on PostgreSQL and PGlite.
 */
describe.each([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('budgets in yuan become integer fen on %s', (_name, engine) => {
  let database: TestDatabase | null = null;
  let sql: Database | undefined;
  const runner = () => ({ query: async (text: string, params?: unknown[]) => (await sql!.query(text, params ?? [])).rows }) as unknown as QueryRunner;

  beforeAll(async () => {
    database = engine === 'postgres' ? await createTestDatabase('money_in_fen') : null;
    const location = database ? { url: database.url } : { pgliteDataDir: 'memory://' };
    const migrations = [...before(registryMigrations, RegistryScenarioBudgetInFen1767300000000), ...before(opportunitiesMigrations, RegistryOpportunityBudgetInFen1767300000100)];
    sql = await openDatabase({ ...location, schema: 'registry', migrations: migrations as never });
  }, slowTimeout());

  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  }, slowTimeout());

  it('converts the stored yuan exactly, keeps empty budgets empty, and rewrites recorded budget changes', async () => {
    await sql!.query(
      `INSERT INTO registry.scenario (id, title_zh, domain_code, owner_unit, taxonomy_version, aspect_code, owner_type, tier, registered_at, budget_total, funding_source, new_scenario_reserve)
       VALUES ($1, '旧预算场景', 'unmanned-systems', '市城市管理局', '2026-final', 'innovation', 'municipal-department', 'high-value-niche', now(), 1234567.89, 'government-investment', 61728.4)`,
      [SCENARIO],
    );
    await sql!.query(`INSERT INTO registry.scenario (id, title_zh, domain_code, owner_unit, taxonomy_version, aspect_code, owner_type, tier, registered_at) VALUES ($1, '无预算', 'unmanned-systems', '市城市管理局', '2026-final', 'innovation', 'municipal-department', 'high-value-niche', now())`, [
      '00000000-0000-4000-8000-0000000000a2',
    ]);
    await sql!.query(
      `INSERT INTO registry.scenario_revision (scenario_id, revision, changed_by, changed_at, changes) VALUES ($1, 2, 'officer-1', now(), $2::jsonb)`,
      [SCENARIO, JSON.stringify([{ field: 'title', before: { zh: '甲' }, after: { zh: '旧预算场景' } }, { field: 'budget', before: null, after: { total: 1234567.89, fundingSource: 'government-investment', newScenarioReserve: 61728.4 } }])],
    );
    await sql!.query(
      `INSERT INTO registry.opportunity (id, scenario_id, title_zh, capabilities, budget_min, budget_max, respond_by, owner_unit, status, created_by, created_at, updated_at)
       VALUES ($1, $2, '旧机会', '{能力}', 0.01, 2000000, '2099-01-01', '市城市管理局', 'draft', 'officer-1', now(), now())`,
      [OPPORTUNITY, SCENARIO],
    );

    await new RegistryScenarioBudgetInFen1767300000000().up(runner());
    await new RegistryOpportunityBudgetInFen1767300000100().up(runner());

    const scenarios = await sql!.query<{ id: string; total: string | null; reserve: string | null }>(
      'SELECT id, budget_total_fen::text AS total, new_scenario_reserve_fen::text AS reserve FROM registry.scenario ORDER BY id',
    );
    expect(scenarios.rows).toEqual([
      { id: SCENARIO, total: '123456789', reserve: '6172840' },
      { id: '00000000-0000-4000-8000-0000000000a2', total: null, reserve: null },
    ]);
    const revision = await sql!.query<{ changes: unknown }>('SELECT changes FROM registry.scenario_revision WHERE scenario_id = $1', [SCENARIO]);
    expect(revision.rows[0]?.changes).toEqual([
      { field: 'title', before: { zh: '甲' }, after: { zh: '旧预算场景' } },
      { field: 'budget', before: null, after: { totalFen: 123456789, fundingSource: 'government-investment', newScenarioReserveFen: 6172840 } },
    ]);
    const opportunity = await sql!.query<{ min: string; max: string; type: string }>(
      `SELECT budget_min_fen::text AS min, budget_max_fen::text AS max, pg_typeof(budget_min_fen)::text AS type FROM registry.opportunity WHERE id = $1`,
      [OPPORTUNITY],
    );
    expect(opportunity.rows).toEqual([{ min: '1', max: '200000000', type: 'bigint' }]);
  });
});
