import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log (`gateway.audit_entry`): one row per state-changing `/api` request, written by the gateway after the
 * answer. Append-only in the database itself: a trigger refuses UPDATE, DELETE and TRUNCATE, whoever asks.
 */
export class GatewayAuditLog1765800000000 implements MigrationInterface {
  name = 'GatewayAuditLog1765800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE gateway.audit_entry (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        duration_ms integer NOT NULL,
        actor_id text,
        actor_username text,
        actor_name text,
        roles text[] NOT NULL DEFAULT '{}',
        unit text,
        organisation text,
        method text NOT NULL,
        path text NOT NULL,
        operation text NOT NULL,
        targets text[] NOT NULL DEFAULT '{}',
        status smallint,
        error_code text,
        request_id text,
        correlation_id text,
        address text,
        user_agent text
      );
      CREATE INDEX audit_entry_at ON gateway.audit_entry (at DESC, id DESC);
      CREATE INDEX audit_entry_actor_id ON gateway.audit_entry (actor_id, at DESC);
      CREATE INDEX audit_entry_actor_username ON gateway.audit_entry (lower(actor_username), at DESC);
      CREATE INDEX audit_entry_targets ON gateway.audit_entry USING gin (targets);
      CREATE FUNCTION gateway.audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'P0001';
      END $$;
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON gateway.audit_entry
        FOR EACH ROW EXECUTE FUNCTION gateway.audit_entry_is_append_only();
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON gateway.audit_entry
        FOR EACH STATEMENT EXECUTE FUNCTION gateway.audit_entry_is_append_only();
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.audit_entry; DROP FUNCTION gateway.audit_entry_is_append_only();');
  }
}

/**
 * What a request did beyond its status and ids, in a few counts the route sent in `x-audit-summary` (an import: rows,
 * imported, refused). Adding a nullable column rewrites no row, so the append-only trigger is not involved.
 */
export class GatewayAuditSummary1767900000000 implements MigrationInterface {
  name = 'GatewayAuditSummary1767900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE gateway.audit_entry ADD COLUMN summary jsonb');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE gateway.audit_entry DROP COLUMN summary');
  }
}
