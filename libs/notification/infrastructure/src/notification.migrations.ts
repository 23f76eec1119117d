import type { MigrationInterface, QueryRunner } from 'typeorm';
import { deadLetterMigration } from '@scq/platform-messaging';
import { schedulingMigration } from '@scq/platform-scheduling';

/**
 * The notification service's tables (schema `notification`; outbox and inbox come with the runtime). The rows are
 * the source of truth: deadlines and their planned reminders, inbox items, preferences, deliveries with their log,
 * digests, and the job outbox through which scheduler commands follow a committed transaction.
 */
export class NotificationTables1763800004000 implements MigrationInterface {
  name = 'NotificationTables1763800004000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notification.deadline (
        deadline_id text PRIMARY KEY,
        instance_id uuid NOT NULL,
        machine_id text,
        subject_id text,
        deadline text NOT NULL,
        stage text,
        responsible_units jsonb NOT NULL DEFAULT '[]',
        requested_at timestamptz,
        working_days integer,
        due_on text,
        due_at timestamptz,
        status text NOT NULL CHECK (status IN ('active', 'cancelled')),
        reached_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX deadline_instance ON notification.deadline (instance_id);
      CREATE INDEX deadline_active ON notification.deadline (deadline_id) WHERE status = 'active';

      CREATE TABLE notification.reminder (
        deadline_id text NOT NULL REFERENCES notification.deadline (deadline_id) ON DELETE CASCADE,
        key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('before', 'due', 'escalation')),
        run_at timestamptz NOT NULL,
        working_days integer NOT NULL,
        level integer,
        audience jsonb NOT NULL,
        critical boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'fired', 'skipped', 'cancelled')),
        fired_at timestamptz,
        note text,
        PRIMARY KEY (deadline_id, key)
      );
      CREATE INDEX reminder_pending ON notification.reminder (run_at) WHERE status = 'pending';

      CREATE TABLE notification.scenario_info (
        scenario_id uuid PRIMARY KEY,
        title_zh text NOT NULL,
        title_en text,
        taxonomy_version text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE notification.application_info (
        application_id uuid PRIMARY KEY,
        scenario_id uuid NOT NULL,
        applicant_id text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE notification.inbox_item (
        id uuid PRIMARY KEY,
        recipient_type text NOT NULL CHECK (recipient_type IN ('unit', 'user')),
        recipient_id text NOT NULL,
        kind text NOT NULL,
        critical boolean NOT NULL,
        subject_zh text NOT NULL,
        subject_en text NOT NULL,
        body_zh text NOT NULL,
        body_en text NOT NULL,
        deadline_id text,
        instance_id uuid,
        subject_id text,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        read_by text
      );
      CREATE INDEX inbox_item_recipient ON notification.inbox_item (recipient_type, recipient_id, created_at DESC, id DESC);
      CREATE INDEX inbox_item_unread ON notification.inbox_item (recipient_type, recipient_id) WHERE read_at IS NULL;

      CREATE TABLE notification.preference (
        recipient_type text NOT NULL CHECK (recipient_type IN ('unit', 'user')),
        recipient_id text NOT NULL,
        preferences jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (recipient_type, recipient_id)
      );

      CREATE TABLE notification.delivery (
        id uuid PRIMARY KEY,
        channel text NOT NULL CHECK (channel IN ('in-app', 'email', 'webhook')),
        recipient_type text NOT NULL,
        recipient_id text NOT NULL,
        address text,
        kind text NOT NULL,
        critical boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'sent', 'delivered', 'temporary-failure', 'permanent-failure')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_error text,
        deadline_id text,
        instance_id uuid,
        subject_id text,
        inbox_item_id uuid,
        digest_id text,
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX delivery_recipient ON notification.delivery (recipient_id, created_at DESC, id DESC);
      CREATE INDEX delivery_subject ON notification.delivery (subject_id, created_at DESC, id DESC);
      CREATE INDEX delivery_instance ON notification.delivery (instance_id, created_at DESC, id DESC);
      CREATE INDEX delivery_listing ON notification.delivery (created_at DESC, id DESC);
      CREATE INDEX delivery_outstanding ON notification.delivery (id) WHERE status IN ('queued', 'temporary-failure') AND next_attempt_at IS NOT NULL;

      CREATE TABLE notification.delivery_event (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES notification.delivery (id) ON DELETE CASCADE,
        status text NOT NULL,
        attempt integer NOT NULL,
        detail text,
        at timestamptz NOT NULL
      );
      CREATE INDEX delivery_event_delivery ON notification.delivery_event (delivery_id, id);

      CREATE TABLE notification.digest (
        id text PRIMARY KEY,
        recipient_type text NOT NULL,
        recipient_id text NOT NULL,
        digest_date text NOT NULL,
        run_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'sent')),
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX digest_pending ON notification.digest (id) WHERE status = 'pending';
      CREATE TABLE notification.digest_entry (
        digest_id text NOT NULL REFERENCES notification.digest (id) ON DELETE CASCADE,
        inbox_item_id uuid NOT NULL REFERENCES notification.inbox_item (id) ON DELETE CASCADE,
        PRIMARY KEY (digest_id, inbox_item_id)
      );

      CREATE TABLE notification.job_outbox (
        id bigserial PRIMARY KEY,
        op text NOT NULL CHECK (op IN ('schedule', 'cancel')),
        queue text NOT NULL,
        job_id text NOT NULL,
        run_at timestamptz,
        payload jsonb,
        claimed_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notification.job_outbox, notification.digest_entry, notification.digest, notification.delivery_event, notification.delivery,
      notification.preference, notification.inbox_item, notification.application_info, notification.scenario_info, notification.reminder, notification.deadline`);
  }
}

/** Deadlines keep the requesting machine's name of their stage, and what an assessment's deadline is about. */
export class NotificationDeadlineNames1763800005000 implements MigrationInterface {
  name = 'NotificationDeadlineNames1763800005000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notification.deadline ADD COLUMN stage_label jsonb, ADD COLUMN about jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notification.deadline DROP COLUMN stage_label, DROP COLUMN about`);
  }
}

/** Holiday notices for years after the ones registered in code (`PUT /api/calendar/:year`), loaded at start. */
export class NotificationCalendarYears1763800006000 implements MigrationInterface {
  name = 'NotificationCalendarYears1763800006000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE notification.calendar_year (year integer PRIMARY KEY, notice jsonb NOT NULL, updated_by text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notification.calendar_year`);
  }
}

/**
 * Inbox items can be archived (out of the default list and the unread counts) and say what their subject id names
 * (scenario, application, assessment): the link target of a message whose texts name things in words. Applications
 * keep their applicant's organisation, which messages name them by.
 */
export class NotificationInboxArchive1767400000000 implements MigrationInterface {
  name = 'NotificationInboxArchive1767400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE notification.inbox_item ADD COLUMN archived_at timestamptz, ADD COLUMN archived_by text,
        ADD COLUMN subject_kind text CHECK (subject_kind IN ('scenario', 'application', 'assessment'));
      ALTER TABLE notification.application_info ADD COLUMN applicant_organisation text;
      DROP INDEX notification.inbox_item_unread;
      CREATE INDEX inbox_item_unread ON notification.inbox_item (recipient_type, recipient_id) WHERE read_at IS NULL AND archived_at IS NULL;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP INDEX notification.inbox_item_unread;
      CREATE INDEX inbox_item_unread ON notification.inbox_item (recipient_type, recipient_id) WHERE read_at IS NULL;
      ALTER TABLE notification.inbox_item DROP COLUMN archived_at, DROP COLUMN archived_by, DROP COLUMN subject_kind;
      ALTER TABLE notification.application_info DROP COLUMN applicant_organisation;
    `);
  }
}

export const notificationMigrations = [
  schedulingMigration('notification'),
  NotificationTables1763800004000,
  NotificationDeadlineNames1763800005000,
  NotificationCalendarYears1763800006000,
  NotificationInboxArchive1767400000000,
  deadLetterMigration('notification'),
];
