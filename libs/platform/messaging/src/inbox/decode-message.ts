import { validateEvent, type EventEnvelope } from '@scq/contracts';
import type { DeliveredMessage } from '../bus/message-bus.port';

/** A delivered message read as an event of its topic, or why it cannot be (its consumers dead-letter it with that reason). */
export type DecodedMessage = { ok: true; envelope: EventEnvelope } | { ok: false; reason: string };

/**
 * Parses a message's value and validates it against the topic registry. A consumer of its own subscription decodes
 * each message it gets; a shared group decodes each message once for all its members (shared-group.ts).
 */
export function decodeMessage(message: Pick<DeliveredMessage, 'topic' | 'value'>): DecodedMessage {
  let candidate: unknown;
  try {
    candidate = JSON.parse(message.value);
  } catch (error) {
    return { ok: false, reason: `malformed JSON: ${(error as Error).message}` };
  }
  const validation = validateEvent(message.topic, candidate);
  return validation.ok ? { ok: true, envelope: validation.envelope } : { ok: false, reason: validation.reason };
}
