import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdentifier } from '../open-database';

/** The answers to `Idempotency-Key` requests, in the schema of the service that gave them. */
export function idempotencyMigration(schema: string): new () => MigrationInterface {
  const s = quoteIdentifier(schema);
  return class IdempotencyKeys implements MigrationInterface {
    name = 'IdempotencyKeys1765000000000';

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`
        CREATE TABLE ${s}.idempotency_key (
          scope text NOT NULL,
          key text NOT NULL,
          request_hash text NOT NULL,
          status int,
          body jsonb,
          created_at timestamptz NOT NULL DEFAULT now(),
          completed_at timestamptz,
          PRIMARY KEY (scope, key)
        );
        CREATE INDEX idempotency_key_created ON ${s}.idempotency_key (created_at);
      `);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`DROP TABLE ${s}.idempotency_key`);
    }
  };
}
