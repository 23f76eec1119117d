import type { z } from 'zod';
import { eventEnvelopeSchema, type EventEnvelope } from './envelope';
import { eventDefinition, isTopicName, type EventDataOf, type EventTypeOf, type TopicName } from './topic-registry';

export type EventValidation = { ok: true; envelope: EventEnvelope } | { ok: false; reason: string };

/** Validates a decoded message against the envelope and the registered schema of its topic and type. */
export function validateEvent(topic: string, candidate: unknown): EventValidation {
  if (!isTopicName(topic)) return { ok: false, reason: `unknown topic ${topic}` };
  const envelope = eventEnvelopeSchema.safeParse(candidate);
  if (!envelope.success) return { ok: false, reason: `invalid envelope: ${describeIssues(envelope.error)}` };
  const definition = eventDefinition(topic, envelope.data.type);
  if (!definition) return { ok: false, reason: `event type ${envelope.data.type} is not registered on topic ${topic}` };
  if (envelope.data.schemaversion !== definition.schemaVersion) {
    return { ok: false, reason: `schema version ${envelope.data.schemaversion} of ${envelope.data.type} is not ${definition.schemaVersion}` };
  }
  const data = definition.schema.safeParse(envelope.data.data);
  if (!data.success) return { ok: false, reason: `invalid ${envelope.data.type} data: ${describeIssues(data.error)}` };
  return { ok: true, envelope: { ...envelope.data, data: data.data } };
}

/** Validates event data before it is written; throws with the field errors. */
export function assertEventData<T extends TopicName, E extends EventTypeOf<T>>(topic: T, type: E, data: EventDataOf<T, E>): EventDataOf<T, E> {
  const definition = eventDefinition(topic, type);
  if (!definition) throw new Error(`event type ${type} is not registered on topic ${topic}`);
  const parsed = definition.schema.safeParse(data);
  if (!parsed.success) throw new Error(`invalid ${type} data: ${describeIssues(parsed.error)}`);
  return parsed.data as EventDataOf<T, E>;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}
