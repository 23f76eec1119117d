import type { PreferencesRepository } from '@scq/notification-application';
import { DEFAULT_PREFERENCES, type Recipient, type RecipientPreferences } from '@scq/notification-domain';
import type { SqlExecutor } from '@scq/platform-persistence';

export class SqlPreferencesRepository implements PreferencesRepository {
  async get(db: SqlExecutor, recipient: Recipient): Promise<RecipientPreferences | null> {
    const { rows } = await db.query<{ preferences: Partial<RecipientPreferences> }>('SELECT preferences FROM notification.preference WHERE recipient_type = $1 AND recipient_id = $2', [recipient.type, recipient.id]);
    // Stored documents are completed with today's defaults, so that a field added later has a value.
    return rows[0] ? { ...DEFAULT_PREFERENCES, ...rows[0].preferences } : null;
  }

  async put(tx: SqlExecutor, recipient: Recipient, preferences: RecipientPreferences, at: Date): Promise<void> {
    await tx.query(
      `INSERT INTO notification.preference (recipient_type, recipient_id, preferences, updated_at) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (recipient_type, recipient_id) DO UPDATE SET preferences = excluded.preferences, updated_at = excluded.updated_at`,
      [recipient.type, recipient.id, JSON.stringify(preferences), at.toISOString()],
    );
  }
}
