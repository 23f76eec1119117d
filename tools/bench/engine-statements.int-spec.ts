import { Client } from 'pg';
import { slowTimeout } from '@scq/platform-testing';
import { openEngineBench } from './engine.bench';

jest.setTimeout(slowTimeout(3));

/**
 * bench:engine compares the lifecycle runner with pgbench and a raw Node loop "running the same statements". Here all
 * three run on one database for a second each, and every transition they wrote must be alike: the same columns filled,
 * the same JSON documents, the same key id, the same outbox row, so only the client differs between them.
 */
describe('bench:engine: pgbench and the raw loop write what the runner writes', () => {
  it('fills the same history, instance and outbox columns with the same documents', async () => {
    const bench = await openEngineBench(1, { raw: true });
    const client = new Client({ connectionString: bench.databaseUrl });
    try {
      const engine = await bench.engine(1, 1);
      const pgbench = await bench.pgbench(1, 1);
      const raw = await bench.raw(1, 1);
      for (const figures of [engine, pgbench, raw]) expect(figures.perSecond).toBeGreaterThan(0);
      await client.connect();

      const transitions = await client.query(
        `SELECT (instance_id::text LIKE '00000000-0000-4000-8000-%') AS by_pgbench, count(*)::int AS rows,
                count(DISTINCT (machine_id, machine_version, event, actor, reason IS NULL, correlation_id, key_id, subject, length(hash), length(previous_hash)))::int AS shapes,
                min(machine_id) AS machine_id, min(event::text) AS event, min(actor::text) AS actor, min(key_id) AS key_id, min(subject::text) AS subject,
                bool_and(from_stage <> to_stage) AS moved, bool_and(occurred_at IS NOT NULL) AS dated
           FROM bench.lifecycle_history WHERE kind = 'transition' GROUP BY 1 ORDER BY 1`,
      );
      const [others, byPgbench] = transitions.rows;
      expect(byPgbench).toMatchObject({ by_pgbench: true, shapes: 1, moved: true, dated: true });
      expect(others).toMatchObject({ by_pgbench: false, shapes: 1, moved: true, dated: true });
      const { by_pgbench: _pgbenchSide, rows: _pgbenchRows, ...pgbenchShape } = byPgbench;
      const { by_pgbench: _otherSide, rows: _otherRows, ...otherShape } = others;
      // The runner and the raw loop (one shape between them) wrote what pgbench wrote, key id and subject included.
      expect(pgbenchShape).toEqual(otherShape);
      expect(otherShape.key_id).toEqual(expect.any(String));
      expect(JSON.parse(otherShape.subject)).toEqual({ unit: expect.any(String) });
      expect(JSON.parse(otherShape.actor)).toMatchObject({ id: 'bench', roles: ['officer'], organisation: null });
      // Every transition of each client is in the history (pgbench's own count is checked by the bench itself).
      expect(others.rows).toBeGreaterThanOrEqual(Math.floor(engine.perSecond) + Math.floor(raw.perSecond) - 2);

      const snapshots = await client.query(`SELECT DISTINCT stage, snapshot::text AS snapshot FROM bench.lifecycle_instance ORDER BY stage`);
      expect(snapshots.rows).toEqual([
        { stage: 'a', snapshot: '{"value": "a", "context": {}}' },
        { stage: 'b', snapshot: '{"value": "b", "context": {}}' },
      ]);
      const outbox = await client.query(`SELECT DISTINCT topic, event_type, payload, headers::text AS headers, trace_context FROM bench.outbox ORDER BY payload`);
      expect(outbox.rows).toEqual(
        ['a', 'b'].map((stage) => ({ topic: 'workflow.scenario.v1', event_type: 'workflow.scenario.stage-changed', payload: JSON.stringify({ stage }), headers: '{}', trace_context: null })),
      );
    } finally {
      await client.end().catch(() => undefined);
      await bench.close();
    }
  });
});
