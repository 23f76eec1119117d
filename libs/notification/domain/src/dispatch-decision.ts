import { digestSlot, type DigestSlot } from './digest-slot';
import { quietUntil } from './quiet-hours';
import type { RecipientPreferences } from './recipient-preferences';

/** When a push message (email, webhook) goes out. */
export type DispatchDecision =
  | { mode: 'now' }
  /** In the recipient's quiet hours: queued until they end. */
  | { mode: 'deferred'; until: Date }
  /** Bundled into the recipient's daily digest. */
  | { mode: 'digest'; slot: DigestSlot };

/**
 * Critical messages go at once, whatever the preferences; the others join the digest when the recipient has one,
 * and otherwise wait out the quiet hours. A digest itself is never digested again (`digestible: false`).
 */
export function decideDispatch(input: { now: Date; critical: boolean; digestible: boolean; preferences: RecipientPreferences }): DispatchDecision {
  const { now, critical, digestible, preferences } = input;
  if (critical) return { mode: 'now' };
  if (digestible && preferences.digest.enabled) return { mode: 'digest', slot: digestSlot(now, preferences.digest.at) };
  const until = quietUntil(now, preferences.quietHours);
  return until ? { mode: 'deferred', until } : { mode: 'now' };
}
