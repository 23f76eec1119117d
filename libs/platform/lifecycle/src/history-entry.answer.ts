import { z } from 'zod';
import { ENTRY_VERDICTS } from './history-chain';

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
    actor: z.object({ id: z.string(), roles: z.array(z.string()), unit: z.string().nullable(), organisation: z.string().nullable().optional().describe('Absent on rows written before keyed links') }),
    reason: z.string().nullable(),
    correlationId: z.string(),
    occurredAt: z.iso.datetime({ offset: true }),
    subject: z.record(z.string(), z.unknown()).nullable().describe('What authorisation knew of the subject when the event was sent (null on rows written before keyed links)'),
    keyId: z.string().nullable().describe('The chain key the link was made with (null: a legacy row linked by plain SHA-256)'),
    previousHash: z.string().describe('The link of the row before'),
    hash: z.string().describe('This row’s link: HMAC-SHA256 with the chain key over the previous link and the row’s facts'),
  });
}

/** The verification of an instance's history as HTTP answers send it (`AuditReport`). A new schema at each call, as above. */
export function auditReportAnswerSchema() {
  return z.object({
    instanceId: z.guid(),
    ok: z.boolean().describe('Every link holds, every anchor is reached, every event was allowed, and the history replays'),
    integrity: z.enum(['keyed', 'partly-legacy', 'legacy-unkeyed']).describe('How strong the links are: all keyed, some or all legacy (plain SHA-256, which anyone can recompute)'),
    rows: z.number().int().describe('History rows read'),
    entries: z
      .array(
        z.object({
          sequence: z.number().int(),
          keyId: z.string().nullable(),
          verdict: z.enum(ENTRY_VERDICTS).describe('`ok`; `legacy-unkeyed` (weaker, not tampered); `link-mismatch` (changed, inserted or downgraded); `unknown-key`; `anchor-mismatch` (differs from an anchored link); `not-authorised` (the recorded actor could not have sent it)'),
          problems: z.array(z.string()).describe('Why, in Chinese and English'),
        }),
      )
      .describe('One verdict per history row'),
    problems: z
      .array(
        z.object({
          sequence: z.number().int().nullable().describe('The row, or null for the chain as a whole'),
          code: z.enum(['sequence-gap', 'length-mismatch', 'head-mismatch', 'anchor-missing', 'anchor-invalid']).describe('`anchor-missing`: an anchored row is gone (a deleted tail)'),
          problem: z.string(),
        }),
      )
      .describe('Problems of the chain as a whole, of rows that are gone, and of the anchors'),
    anchors: z.object({ checked: z.number().int().describe('Anchored heads of this instance checked'), latest: z.number().int().nullable().describe('The newest anchor of the service') }),
    replay: z.object({ ok: z.boolean(), stage: z.string().nullable(), problem: z.string().optional() }).describe('The history replayed through the machines reproduces the stored state'),
  });
}
