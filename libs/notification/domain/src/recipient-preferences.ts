import { z } from 'zod';
import type { QuietHours } from './quiet-hours';
import { isTimeOfDay } from '@scq/calendar';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * How one recipient (unit or person) wants to be told. The in-app inbox always receives everything (it is the
 * record); email and webhooks are opt-in push channels, subject to the digest and quiet hours unless critical.
 */
export interface RecipientPreferences {
  language: Language;
  email: { enabled: boolean; address: string | null };
  webhook: { enabled: boolean; url: string | null; secret: string | null };
  /** Non-critical messages bundled into one per day at `at` (Asia/Shanghai). */
  digest: { enabled: boolean; at: string };
  quietHours: QuietHours | null;
}

export const DEFAULT_PREFERENCES: RecipientPreferences = {
  language: 'zh-CN',
  email: { enabled: false, address: null },
  webhook: { enabled: false, url: null, secret: null },
  digest: { enabled: false, at: '09:00' },
  quietHours: null,
};

const timeOfDay = z.string().refine(isTimeOfDay, '时间格式应为 HH:mm 或 HH:mm:ss time must be HH:mm or HH:mm:ss');

/**
 * A full replacement of one recipient's preferences (PUT). A webhook secret, once set, is never shown again: leave
 * `secret` out to keep the stored one.
 */
export const preferencesUpdateSchema = z
  .object({
    language: z.enum(LANGUAGES).default('zh-CN'),
    email: z
      .object({ enabled: z.boolean(), address: z.string().trim().email('邮箱地址无效 invalid email address').nullable().default(null) })
      .strict()
      .refine((email) => !email.enabled || email.address !== null, { message: '启用邮件须提供地址 an enabled email channel needs an address', path: ['address'] })
      .default({ enabled: false, address: null }),
    webhook: z
      .object({
        enabled: z.boolean(),
        url: z
          .string()
          .trim()
          .url('URL 无效 invalid URL')
          .refine((url) => /^https?:\/\//i.test(url), 'webhook URL 须为 http(s) the webhook URL must be http(s)')
          .nullable()
          .default(null),
        secret: z.string().min(16, '签名密钥至少 16 个字符 the signing secret needs at least 16 characters').max(200).optional(),
      })
      .strict()
      .refine((webhook) => !webhook.enabled || webhook.url !== null, { message: '启用 webhook 须提供 URL an enabled webhook needs a URL', path: ['url'] })
      .default({ enabled: false, url: null }),
    digest: z.object({ enabled: z.boolean(), at: timeOfDay.default('09:00') }).strict().default({ enabled: false, at: '09:00' }),
    quietHours: z.object({ start: timeOfDay, end: timeOfDay }).strict().nullable().default(null),
  })
  .strict();
export type PreferencesUpdate = z.infer<typeof preferencesUpdateSchema>;

/** The stored preferences after an update: the secret is kept unless a new one is given. */
export function applyPreferencesUpdate(current: RecipientPreferences, update: PreferencesUpdate): RecipientPreferences {
  const secret = update.webhook.secret ?? current.webhook.secret;
  return {
    language: update.language,
    email: { enabled: update.email.enabled, address: update.email.address },
    webhook: { enabled: update.webhook.enabled, url: update.webhook.url, secret },
    digest: { enabled: update.digest.enabled, at: update.digest.at },
    quietHours: update.quietHours,
  };
}

/** Whether the recipient's webhook can be used: enabled, with a URL and a secret to sign with. */
export function webhookReady(preferences: RecipientPreferences): preferences is RecipientPreferences & { webhook: { enabled: true; url: string; secret: string } } {
  return preferences.webhook.enabled && preferences.webhook.url !== null && preferences.webhook.secret !== null;
}
