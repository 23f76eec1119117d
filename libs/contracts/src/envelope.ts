import { z } from 'zod';

/**
 * The event envelope: CloudEvents 1.0 attributes (`specversion`, `id`, `type`, `source`, `subject`,
 * `time`, `datacontenttype`) plus three extension attributes. CloudEvents requires extension names
 * to be lower-case alphanumerics, hence `correlationid`, `causationid` and `schemaversion`.
 */
export const eventEnvelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1),
  type: z.string().regex(/^[a-z]+\.[a-z-]+\.[a-z-]+$/, 'type is <context>.<entity>.<past-tense-verb>'),
  source: z.string().min(1),
  subject: z.string().min(1),
  time: z.string().datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  correlationid: z.string().min(1),
  causationid: z.string().min(1).nullable(),
  schemaversion: z.number().int().positive(),
  data: z.unknown(),
});

export type EventEnvelope<TData = unknown, TType extends string = string> = Omit<z.infer<typeof eventEnvelopeSchema>, 'data' | 'type'> & {
  type: TType;
  data: TData;
};
