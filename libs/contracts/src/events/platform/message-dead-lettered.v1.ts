import { z } from 'zod';

/** A consumer gave up on a message: the original bytes and the reason, for inspection and replay. */
export const messageDeadLetteredV1 = z.object({
  consumer: z.string().min(1),
  reason: z.string().min(1),
  attempts: z.number().int().nonnegative(),
  original: z.object({
    topic: z.string().min(1),
    key: z.string().nullable(),
    value: z.string(),
    partition: z.number().int().nullable(),
    offset: z.string().nullable(),
    /** The Kafka headers it came with (CloudEvents attributes, `traceparent`), when it had any. */
    headers: z.record(z.string(), z.string()).optional(),
  }),
  failedAt: z.string().datetime({ offset: true }),
});
export type MessageDeadLetteredV1 = z.infer<typeof messageDeadLetteredV1>;
