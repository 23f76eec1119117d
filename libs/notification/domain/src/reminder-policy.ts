import { z } from 'zod';

/** Who a reminder or escalation goes to; resolved per deadline (see `audience.ts`). */
export const AUDIENCES = ['responsible-units', 'coordinator', 'leadership', 'applicant'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A reminder `workingDaysBefore` working days before the deadline. */
export interface ReminderStep {
  workingDaysBefore: number;
  audience: Audience[];
  /** Critical messages bypass quiet hours and digests (default false). */
  critical?: boolean;
}

/** One link of the overdue chain: `workingDaysAfter` working days past the deadline, while the stage is not left. */
export interface EscalationStep {
  level: number;
  workingDaysAfter: number;
  audience: Audience[];
  critical: boolean;
}

export interface ReminderPolicy {
  before: ReminderStep[];
  /**
   * The message at the deadline. The job at the deadline always runs (it publishes `notification.deadline.reached`
   * for the lifecycle); null means it tells nobody.
   */
  atDeadline: { audience: Audience[]; critical?: boolean } | null;
  escalations: EscalationStep[];
}

export interface ReminderPolicies {
  /** For deadline names without a policy of their own. */
  default: ReminderPolicy;
  /** By deadline name (`revision`, `publicNotice`, `sandboxExpiry`, `scoring`, …). */
  byDeadline: Record<string, ReminderPolicy>;
  /** The units the last link of the chain reaches ("leadership"). */
  leadership: string[];
}

const audienceList = z.array(z.enum(AUDIENCES)).min(1, 'at least one audience');

const policySchema = z
  .object({
    before: z.array(z.object({ workingDaysBefore: z.number().int().positive(), audience: audienceList, critical: z.boolean().optional() }).strict()),
    atDeadline: z.object({ audience: audienceList, critical: z.boolean().optional() }).strict().nullable(),
    escalations: z.array(
      z.object({ level: z.number().int().positive(), workingDaysAfter: z.number().int().positive(), audience: audienceList, critical: z.boolean() }).strict(),
    ),
  })
  .strict()
  .superRefine((policy, ctx) => {
    const before = policy.before.map((step) => step.workingDaysBefore);
    if (new Set(before).size !== before.length) ctx.addIssue({ code: 'custom', path: ['before'], message: 'two reminders on the same working day' });
    const after = policy.escalations.map((step) => step.workingDaysAfter);
    if (new Set(after).size !== after.length) ctx.addIssue({ code: 'custom', path: ['escalations'], message: 'two escalations on the same working day' });
    const levels = policy.escalations.map((step) => step.level);
    if (new Set(levels).size !== levels.length) ctx.addIssue({ code: 'custom', path: ['escalations'], message: 'escalation levels must be unique' });
  });

export const reminderPoliciesSchema = z
  .object({
    default: policySchema,
    byDeadline: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'deadline names are letters, digits and dashes'), policySchema),
    leadership: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** Validates policies given as data (a JSON file, module options); throws with every problem listed. */
export function parseReminderPolicies(input: unknown): ReminderPolicies {
  const result = reminderPoliciesSchema.safeParse(input);
  if (!result.success) {
    throw new Error(`Invalid reminder policies: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
  }
  return result.data;
}

export function policyFor(policies: ReminderPolicies, deadline: string): ReminderPolicy {
  return Object.hasOwn(policies.byDeadline, deadline) ? policies.byDeadline[deadline] : policies.default;
}
