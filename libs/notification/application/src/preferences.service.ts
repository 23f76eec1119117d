import { DomainError } from '@scq/contracts';
import { DEFAULT_PREFERENCES, applyPreferencesUpdate, type PreferencesUpdate, type Recipient, type RecipientPreferences } from '@scq/notification-domain';
import type { Database } from '@scq/platform-persistence';
import type { PreferencesRepository } from './notification.ports';

/** Preferences as shown: the webhook secret is never given back, only whether one is set. */
export type PreferencesView = Omit<RecipientPreferences, 'webhook'> & {
  recipient: Recipient;
  webhook: { enabled: boolean; url: string | null; secretSet: boolean };
  stored: boolean;
};

/** A preference that cannot be stored as asked: a 400 naming the field. */
export class PreferencesError extends DomainError {
  readonly kind = 'invalid';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super('VALIDATION_FAILED', `请求数据无效 Invalid request: ${field}: ${message}`, [{ path: field, message }]);
  }
}

export class PreferencesService {
  constructor(
    private readonly db: Database,
    private readonly preferences: PreferencesRepository,
  ) {}

  async get(recipient: Recipient): Promise<PreferencesView> {
    const stored = await this.preferences.get(this.db, recipient);
    return view(recipient, stored ?? DEFAULT_PREFERENCES, stored !== null);
  }

  /** Replaces the recipient's preferences; an enabled webhook needs a secret (given now, or kept from before). */
  async put(recipient: Recipient, update: PreferencesUpdate): Promise<PreferencesView> {
    const saved = await this.db.transaction(async (tx) => {
      const current = (await this.preferences.get(tx, recipient)) ?? DEFAULT_PREFERENCES;
      const next = applyPreferencesUpdate(current, update);
      if (next.webhook.enabled && !next.webhook.secret) throw new PreferencesError('webhook.secret', '启用 webhook 须设置签名密钥 an enabled webhook needs a signing secret (at least 16 characters)');
      await this.preferences.put(tx, recipient, next, new Date());
      return next;
    });
    return view(recipient, saved, true);
  }
}

function view(recipient: Recipient, preferences: RecipientPreferences, stored: boolean): PreferencesView {
  const { webhook, ...rest } = preferences;
  return { recipient, ...rest, webhook: { enabled: webhook.enabled, url: webhook.url, secretSet: webhook.secret !== null }, stored };
}
