import { z } from 'zod';

const instant = z.iso.datetime({ offset: true }).brand<'SentInstant'>();
const count = z.number().int().nonnegative();
const text = (what: string) => z.object({ zh: z.string(), en: z.string() }).describe(what);

export const DEAD_LETTER_STATUSES = ['dead', 'replayed', 'discarded'] as const;

export const DeadLetterSummarySchema = z
  .object({
    id: z.uuid(),
    service: z.string().describe('the service whose consumer gave up (`application-workflow`)'),
    serviceName: text('the service in words'),
    consumer: z.string().describe('the consumer (its Kafka group id)'),
    topic: z.string(),
    topicName: text('the topic in words'),
    eventType: z.string().nullable().describe('the original event type; null for bytes that could not be read'),
    eventTypeName: text('the event type in words'),
    messageId: z.string().describe('the original event id (or a digest of unreadable bytes)'),
    reason: z.string(),
    attempts: count.describe('handler attempts at the last failure'),
    failures: count.describe('how many times this message died for this consumer (more than 1 after a failed replay)'),
    firstFailedAt: instant,
    lastFailedAt: instant,
    status: z.enum(DEAD_LETTER_STATUSES),
    replays: count,
    replayedAt: instant.nullable(),
    replayedBy: z.string().nullable(),
    discardedAt: instant.nullable(),
    discardedBy: z.string().nullable(),
    discardReason: z.string().nullable(),
  })
  .meta({ id: 'DeadLetterSummary', description: 'A message a consumer gave up on, and what admins did with it' });

export const DeadLetterPageSchema = z
  .object({ items: z.array(DeadLetterSummarySchema), total: count, limit: count, offset: count })
  .meta({ id: 'DeadLetterPage', description: 'A page of dead letters, the latest failure first' });

export const DeadLetterDetailSchema = DeadLetterSummarySchema.extend({
  key: z.string().nullable().describe('the Kafka key of the original message'),
  partition: z.number().int().nullable(),
  offset: z.string().nullable(),
  traceId: z.string().nullable().describe('the W3C trace id of the original message, when it carried one'),
  headers: z.record(z.string(), z.string()).describe('the Kafka headers of the original message'),
  valueBase64: z.string().describe('the original bytes, base64'),
  valueText: z.string().nullable().describe('the original bytes as text, when they are UTF-8'),
  actions: z.array(
    z.object({ action: z.enum(['replay', 'discard']), actorId: z.string(), actorName: z.string().nullable(), reason: z.string().nullable(), at: instant }).meta({ id: 'DeadLetterAction' }),
  ),
}).meta({ id: 'DeadLetterDetail', description: 'One dead letter with its original bytes, headers and the actions taken on it' });

export const DeadLetterReplayResultSchema = z
  .object({
    replayed: z.array(z.uuid()).describe('published to their topics again (through the outbox)'),
    refused: z.array(z.object({ id: z.uuid(), status: z.enum(DEAD_LETTER_STATUSES).nullable().describe('null: no such dead letter') })).describe('not replayed: unknown, or already replayed or discarded'),
  })
  .meta({ id: 'DeadLetterReplayResult', description: 'Which dead letters were replayed and which were not' });
