import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdentifier } from '@scq/platform-persistence';

/** Every messaging migration of a service's schema, in order: the one list a service's database runs. */
export function messagingMigrations(schema: string): Array<new () => MigrationInterface> {
  return [messagingMigration(schema), outboxTraceContextMigration(schema), outboxNotifyMigration(schema)];
}

/** The outbox and inbox tables, created in the schema of the service that owns them. */
export function messagingMigration(schema: string): new () => MigrationInterface {
  const s = quoteIdentifier(schema);
  return class MessagingOutboxInbox implements MigrationInterface {
    name = `MessagingOutboxInbox1763800000000`;

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`
        CREATE TABLE ${s}.outbox (
          seq bigserial PRIMARY KEY,
          id uuid NOT NULL UNIQUE,
          topic text NOT NULL,
          message_key text NOT NULL,
          event_type text NOT NULL,
          payload text NOT NULL,
          headers jsonb NOT NULL DEFAULT '{}',
          created_at timestamptz NOT NULL DEFAULT now(),
          claimed_by text,
          claimed_until timestamptz,
          attempts int NOT NULL DEFAULT 0,
          last_error text,
          sent_at timestamptz
        );
        CREATE INDEX outbox_unsent ON ${s}.outbox (seq) WHERE sent_at IS NULL;
        CREATE INDEX outbox_unsent_by_key ON ${s}.outbox (message_key, seq) WHERE sent_at IS NULL;
        CREATE TABLE ${s}.inbox (
          message_id text NOT NULL,
          consumer text NOT NULL,
          topic text NOT NULL,
          event_type text,
          status text NOT NULL CHECK (status IN ('processed', 'dead-lettered')),
          received_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (message_id, consumer)
        );
      `);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`DROP TABLE ${s}.inbox; DROP TABLE ${s}.outbox;`);
    }
  };
}

/**
 * The W3C trace context (`traceparent`, `tracestate`) of the work that wrote an outbox row, so the relay publishes it in
 * the same trace however much later it runs (null when tracing was off).
 */
export function outboxTraceContextMigration(schema: string): new () => MigrationInterface {
  const s = quoteIdentifier(schema);
  return class MessagingOutboxTraceContext implements MigrationInterface {
    name = `MessagingOutboxTraceContext1796500000000`;

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`ALTER TABLE ${s}.outbox ADD COLUMN trace_context jsonb`);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`ALTER TABLE ${s}.outbox DROP COLUMN trace_context`);
    }
  };
}

/** The channel a schema's outbox announces its commits on (LISTEN/NOTIFY): the relay listens to wake at once. */
export function outboxChannel(schema: string): string {
  return `scq_outbox_${schema}`.slice(0, 63);
}

/** The advisory lock a sleeping relay holds (session-level, exclusive) while it waits for the outbox's NOTIFY. */
export function outboxWakeLock(schema: string): number {
  return advisoryLockKey(`outbox-wake:${schema}`);
}

/**
 * A statement-level trigger on the outbox: an INSERT notifies the outbox's channel (delivered at commit, never for a
 * rolled-back transaction) only while a relay sleeps, waiting for it: the relay then holds the wake lock exclusively, so
 * the trigger's shared try fails. NOTIFY serialises the commits that send it (PostgreSQL takes a database-wide lock
 * for its queue at commit: measured, pgbench on the transition's statements fell to a third), so a busy relay, which
 * does not hold the lock, costs the writers one shared lock and no notification.
 */
export function outboxNotifyMigration(schema: string): new () => MigrationInterface {
  const s = quoteIdentifier(schema);
  const channel = outboxChannel(schema).replace(/'/g, "''");
  const lock = outboxWakeLock(schema);
  return class MessagingOutboxNotify implements MigrationInterface {
    name = `MessagingOutboxNotify1797000000000`;

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`
        CREATE FUNCTION ${s}.outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NOT pg_try_advisory_xact_lock_shared(${lock}) THEN
            PERFORM pg_notify('${channel}', '');
          END IF;
          RETURN NULL;
        END $$;
        CREATE TRIGGER outbox_notify AFTER INSERT ON ${s}.outbox FOR EACH STATEMENT EXECUTE FUNCTION ${s}.outbox_notify();
      `);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`DROP TRIGGER outbox_notify ON ${s}.outbox; DROP FUNCTION ${s}.outbox_notify();`);
    }
  };
}

/** A stable 31-bit advisory lock key for a name. */
export function advisoryLockKey(name: string): number {
  let hash = 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash & 0x7fffffff;
}
