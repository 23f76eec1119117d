import type { EventPublisher } from '@scq/platform-messaging';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import type { Organisation } from './directory.repository';

/**
 * The directory tells the services about its organisations (`identity.organisation.changed` on
 * `identity.organisation.v1`), as an outbox row of schema `identity` in the transaction that creates or changes one,
 * and marks the organisation announced. At start-up, organisations never announced (moved from the legacy accounts,
 * or written before the directory published) are announced once.
 */
export class OrganisationAnnouncer {
  constructor(private readonly publisher: EventPublisher) {}

  async announce(tx: SqlExecutor, organisation: Organisation): Promise<void> {
    const { rows } = await tx.query<{ at: string }>(`UPDATE identity.organisation SET announced_at = now() WHERE id = $1 RETURNING to_json(updated_at)#>>'{}' AS at`, [organisation.id]);
    const at = new Date(rows[0]?.at ?? Date.now()).toISOString();
    await this.publisher.publish(tx, 'identity.organisation.v1', 'identity.organisation.changed', {
      subject: organisation.id,
      data: { organisationId: organisation.id, name: organisation.name, aliases: organisation.aliases, uscc: organisation.uscc, kind: organisation.kind, at },
    });
  }

  /** Announces every organisation not announced yet; how many. Idempotent: a second run finds none. */
  async announceUnannounced(db: Database): Promise<number> {
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<Organisation & { name_en: string }>(
        'SELECT id, name, name_en, kind, uscc, aliases FROM identity.organisation WHERE announced_at IS NULL ORDER BY id FOR UPDATE',
      );
      for (const row of rows) await this.announce(tx, { id: row.id, name: row.name, nameEn: row.name_en, kind: row.kind, uscc: row.uscc, aliases: row.aliases });
      return rows.length;
    });
  }
}
