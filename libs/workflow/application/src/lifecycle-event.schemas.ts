import { z } from 'zod';

const reason = z.string().trim().min(1, '请说明理由 a reason is required').max(2000);
const isoDate = z.string().date('日期格式应为 YYYY-MM-DD date must be YYYY-MM-DD');
const sandboxTerms = {
  conditions: z.array(z.string().trim().min(1)).min(1, '至少一项监管条件 at least one condition'),
  indicators: z.array(z.string().trim().min(1)).min(1, '至少一项监测指标 at least one monitoring indicator'),
  expiresOn: isoDate,
};

/**
 * The events people may send over HTTP, with their payloads. Gate and timer events (`assessment.finalized`,
 * `application.approved`, `deadline.reached`) come only from the platform's own consumers.
 */
export const humanEventSchemas: Record<string, z.ZodType<Record<string, unknown>>> = {
  // scenario lifecycle
  startCultivation: z.object({}).strict(),
  withdraw: z.object({}).strict(),
  requestRecognition: z.object({}).strict(),
  reject: z.object({ reason }).strict(),
  list: z.object({ batchId: z.string().trim().min(1).max(100) }).strict(),
  open: z.object({}).strict(),
  startPilot: z.object({}).strict(),
  enterSandbox: z.object(sandboxTerms).strict(),
  renewSandbox: z.object(sandboxTerms).strict(),
  exitSandbox: z.object({}).strict(),
  completePilot: z.object({}).strict(),
  confirmScaled: z.object({}).strict(),
  reportIncident: z.object({ description: z.string().trim().min(1).max(4000), severity: z.enum(['general', 'serious', 'major', 'critical']) }).strict(),
  startRectification: z.object({}).strict(),
  submitRectification: z.object({}).strict(),
  approveResumption: z.object({}).strict(),
  rejectRectification: z.object({}).strict(),
  terminate: z.object({ reason }).strict(),
  grantExemption: z.object({ reason }).strict(),
  denyExemption: z.object({ reason }).strict(),
  // application lifecycle
  submit: z.object({}).strict(),
  startScreening: z.object({}).strict(),
  returnForRevision: z.object({ reason }).strict(),
  resubmit: z.object({}).strict(),
  passScreening: z.object({}).strict(),
  approveByUnit: z.object({}).strict(),
  rejectByUnit: z.object({ reason }).strict(),
  raiseObjection: z.object({ objection: z.string().trim().min(1).max(4000) }).strict(),
};

export const SYSTEM_EVENTS = ['assessment.finalized', 'application.approved', 'deadline.reached'] as const;
