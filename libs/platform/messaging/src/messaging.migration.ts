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

/**
 * A statement-level trigger on the outbox: every INSERT notifies the outbox's channel, delivered by PostgreSQL at commit
 * (never for a rolled-back transaction; several notices of one transaction fold into one). A relay in any process wakes
 * on it instead of waiting for its next poll. No payload: the relay claims what is there.
 */
export function outboxNotifyMigration(schema: string): new () => MigrationInterface {
  const s = quoteIdentifier(schema);
  const channel = outboxChannel(schema).replace(/'/g, "''");
  return class MessagingOutboxNotify implements MigrationInterface {
    name = `MessagingOutboxNotify1797000000000`;

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`
        CREATE FUNCTION ${s}.outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('${channel}', '');
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
