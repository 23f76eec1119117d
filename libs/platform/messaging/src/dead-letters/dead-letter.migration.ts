import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdentifier } from '@scq/platform-persistence';

/**
 * The platform's dead letters, kept by the one service that consumes `platform.dead-letter.v1` (notification):
 * one row per (consumer, message), reopened when a replayed message dies again; and what admins did with them.
 */
export function deadLetterMigration(schema: string): new () => MigrationInterface {
  const s = quoteIdentifier(schema);
  return class DeadLetters implements MigrationInterface {
    name = `DeadLetters1796540000000`;

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`
        CREATE TABLE ${s}.dead_letter (
          id uuid PRIMARY KEY,
          service text NOT NULL,
          consumer text NOT NULL,
          message_id text NOT NULL,
          topic text NOT NULL,
          event_type text,
          message_key text,
          value text NOT NULL,
          headers jsonb NOT NULL DEFAULT '{}',
          partition int,
          message_offset text,
          trace_id text,
          reason text NOT NULL,
          attempts int NOT NULL,
          failures int NOT NULL DEFAULT 1,
          first_failed_at timestamptz NOT NULL,
          last_failed_at timestamptz NOT NULL,
          status text NOT NULL CHECK (status IN ('dead', 'replayed', 'discarded')),
          replays int NOT NULL DEFAULT 0,
          replayed_at timestamptz,
          replayed_by text,
          discarded_at timestamptz,
          discarded_by text,
          discard_reason text,
          UNIQUE (consumer, message_id)
        );
        CREATE INDEX dead_letter_recent ON ${s}.dead_letter (last_failed_at DESC, id DESC);
        CREATE TABLE ${s}.dead_letter_action (
          seq bigserial PRIMARY KEY,
          dead_letter_id uuid NOT NULL REFERENCES ${s}.dead_letter (id),
          action text NOT NULL CHECK (action IN ('replay', 'discard')),
          actor_id text NOT NULL,
          actor_name text,
          reason text,
          at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX dead_letter_action_of ON ${s}.dead_letter_action (dead_letter_id, seq);
      `);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`DROP TABLE ${s}.dead_letter_action; DROP TABLE ${s}.dead_letter;`);
    }
  };
}
