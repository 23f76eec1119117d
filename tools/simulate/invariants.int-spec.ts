/**
 * The simulator's outbox invariant on real PostgreSQL: it waits for a relay that is late (still retrying after a broker
 * fault) until its deadline, and names the rows of one that never catches up.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { messagingMigrations } from '@scq/platform-messaging';
import { openDatabase } from '@scq/platform-persistence';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { SERVICE_SCHEMAS, staleOutboxRows } from './invariants';

let postgres: TestDatabase | undefined;
let client: Client | undefined;
const q = async <T,>(sql: string, params: unknown[] = []) => (await client!.query(sql, params)).rows as T[];

beforeAll(async () => {
  postgres = await createTestDatabase('sim_invariants');
  for (const schema of SERVICE_SCHEMAS) await (await openDatabase({ schema, url: postgres.url, migrations: messagingMigrations(schema) })).close();
  client = new Client({ connectionString: postgres.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await postgres?.drop();
});

/** An unsent row written `secondsAgo` ago, as a relay that has not caught up leaves it. */
async function unsentRow(schema: string, secondsAgo: number): Promise<string> {
  const id = randomUUID();
  await q(`INSERT INTO ${schema}.outbox (id, topic, message_key, event_type, payload, created_at) VALUES ($1, 'workflow.deadline.v1', 'k', 'workflow.deadline.requested', '{}', now() - make_interval(secs => $2))`, [id, secondsAgo]);
  return id;
}

describe('the simulator’s outbox invariant (staleOutboxRows)', () => {
  it('waits until its deadline for a late relay, well past the first stale reading', async () => {
    const id = await unsentRow('workflow', 30);
    const started = Date.now();
    // The relay catches up 3 s later: 30 polls on, where a fixed count of 20 (the check before) had given up.
    const relay = new Promise<void>((resolve) => setTimeout(() => void q(`UPDATE workflow.outbox SET sent_at = now() WHERE id = $1`, [id]).then(() => resolve()), 3000));
    const stale = await staleOutboxRows(q, { until: started + 6000, graceSeconds: 10, pollMs: 100 });
    await relay;
    expect({ stale, waitedForTheRelay: Date.now() - started >= 3000 }).toEqual({ stale: [], waitedForTheRelay: true });
  });

  it('names the rows still unsent at its deadline, and leaves alone those younger than the grace', async () => {
    const stuck = await unsentRow('notification', 30);
    await unsentRow('registry', 2);
    const stale = await staleOutboxRows(q, { until: Date.now() + 500, graceSeconds: 10, pollMs: 100 });
    expect(stale.map((row) => ({ schema: row.schema, id: row.id, attempts: row.attempts }))).toEqual([{ schema: 'notification', id: stuck, attempts: 0 }]);
    await q(`UPDATE notification.outbox SET sent_at = now() WHERE id = $1`, [stuck]);
  });
});
