import { z } from 'zod';

const reason = z.string().trim().min(1, '请说明理由 a reason is required').max(2000);
const isoDate = z.string().date('日期格式应为 YYYY-MM-DD date must be YYYY-MM-DD');
/** Readings and thresholds: finite, and within what any monitored quantity reasonably needs. */
const LIMIT = 1e12;
const measure = z.number('应为数值 must be a number').finite().min(-LIMIT).max(LIMIT);
const indicatorKey = z.string().trim().regex(/^[a-z][a-z0-9-]{0,63}$/, '指标标识应为小写英文字母、数字和连字符 key must be lowercase letters, digits and hyphens (e.g. accident-rate)');

export const sandboxIndicatorSchema = z
  .object({
    key: indicatorKey,
    name: z.object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(200) }).strict(),
    unit: z.string().trim().min(1, '请填写单位（如 %、次、万元） a unit is required (e.g. %, 次, 万元)').max(20),
    threshold: z
      .object({ max: measure.optional(), min: measure.optional() })
      .strict()
      .refine((t) => t.max !== undefined || t.min !== undefined, '阈值至少需要上限或下限 a threshold needs a max or a min')
      .refine((t) => t.max === undefined || t.min === undefined || t.min <= t.max, '下限不能大于上限 min must not exceed max'),
  })
  .strict();

const distinct = (values: string[]) => new Set(values).size === values.length;

const sandboxTerms = z
  .object({
    conditions: z.array(z.string().trim().min(1).max(500)).min(1, '至少一项监管条件 at least one condition').max(50),
    indicators: z.array(sandboxIndicatorSchema).min(1, '至少一项监测指标 at least one monitoring indicator').max(50),
    expiresOn: isoDate,
  })
  .strict()
  .refine((t) => distinct(t.indicators.map((i) => i.key)), { message: '指标标识不能重复 indicator keys must be unique', path: ['indicators'] })
  .refine((t) => distinct(t.indicators.map((i) => i.name.zh)) && distinct(t.indicators.map((i) => i.name.en.toLowerCase())), { message: '指标名称不能重复 indicator names must be unique', path: ['indicators'] });

const sandboxReading = z
  .object({ indicatorKey, value: measure, observedOn: isoDate, note: z.string().trim().min(1).max(2000).optional() })
  .strict();

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
  startPilot: z.object({}).strict(),
  enterSandbox: sandboxTerms,
  renewSandbox: sandboxTerms,
  exitSandbox: z.object({}).strict(),
  reportSandboxIndicator: sandboxReading,
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

/** Events only the platform sends, and what makes it send each (told to whoever tries over HTTP). */
export const SYSTEM_EVENTS: Readonly<Record<string, string>> = {
  'assessment.finalized': '由评估服务在评估结论作出后发送 sent by the evaluation service when an assessment is decided',
  'application.approved': '由申报获批自动发送 sent when an application is approved',
  'deadline.reached': '由提醒服务在期限届满时发送 sent by the notification service when a deadline passes',
  list: '发布含该场景的批次清单即列入清单（POST /api/batch-lists/{id}/publish） a scenario is listed by publishing a batch list that contains it',
  delist: '发布移出该场景的更正版本即移出清单 a scenario leaves the list when a correction without it is published',
  open: '发布该场景的第一项场景机会即开放（POST /api/opportunities/{id}/publish） a scenario opens when its first opportunity is published',
  'matchmaking.agreed': '供需对接活动记录合作协议或签约后自动发送 sent when a matchmaking event records an agreement or a signed contract',
};
