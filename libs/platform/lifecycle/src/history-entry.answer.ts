import { z } from 'zod';

/**
 * A row of a lifecycle instance's hash-chained history as HTTP answers send it (`HistoryEntry`, dates as ISO
 * strings). A new schema at each call, so that each service gives it its own component name in the API document.
 */
export function historyEntryAnswerSchema() {
  return z.object({
    instanceId: z.guid(),
    sequence: z.number().int(),
    kind: z.enum(['start', 'transition', 'migration']),
    machineId: z.string(),
    machineVersion: z.number().int(),
    from: z.string().nullable().describe('The stage left (null for the start)'),
    to: z.string(),
    event: z.looseObject({ type: z.string() }).describe('The event and its payload (`start`: its input; `migrate`: the versions and snapshot)'),
    actor: z.object({ id: z.string(), roles: z.array(z.string()), unit: z.string().nullable() }),
    reason: z.string().nullable(),
    correlationId: z.string(),
    occurredAt: z.iso.datetime({ offset: true }),
    previousHash: z.string(),
    hash: z.string(),
  });
}
