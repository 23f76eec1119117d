import { z } from 'zod';
import { yearOfDate } from '@scq/calendar';
import { actsForUnit, type MatchmakingCaller } from './matchmaking-caller.policy';
import { bilingualText, bilingualTitle, calendarDate, recordId, trimmed } from './matchmaking-fields.schema';
import { MatchmakingRuleError } from './matchmaking-rule.error';
import { budgetFen } from '../money';

/** 场景机会: draft (owner only) → published (open to suppliers, counted for the year) → closed. */
export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Why an opportunity closed: 已对接 matched, 已到期 expired, 撤回 withdrawn (a withdrawn one was never an effective opportunity). */
export const CLOSE_REASONS = ['matched', 'expired', 'withdrawn'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

const soughtSchema = z
  .object({
    capabilities: z
      .array(trimmed(100), { error: '应为能力列表 must be a list of capabilities' })
      .min(1, '请至少列出一项所需能力 list at least one capability sought')
      .max(20, '最多 20 项能力 at most 20 capabilities'),
    budget: z
      .object({ minFen: budgetFen().optional(), maxFen: budgetFen().optional() })
      .strict()
      .refine((b) => b.minFen !== undefined || b.maxFen !== undefined, { message: '请给出预算下限或上限 give a minimum or a maximum', path: ['minFen'] })
      .refine((b) => b.minFen === undefined || b.maxFen === undefined || b.minFen <= b.maxFen, { message: '预算下限不能高于上限 the minimum cannot exceed the maximum', path: ['maxFen'] })
      .optional(),
    respondBy: calendarDate(),
  }, { error: '应为 {capabilities, budget?, respondBy} must be {capabilities, budget?, respondBy}' })
  .strict();

/** What an owner files to draft an opportunity of one of its scenarios. */
export const opportunityDraftSchema = z
  .object({
    scenarioId: recordId('场景 scenarioId '),
    title: bilingualTitle(),
    description: bilingualText().optional(),
    sought: soughtSchema,
  })
  .strict();
export type OpportunityDraft = z.infer<typeof opportunityDraftSchema>;

/** Changes to a draft: any of title, description (null removes it), sought. */
export const opportunityRevisionSchema = z
  .object({ title: bilingualTitle().optional(), description: bilingualText().nullable().optional(), sought: soughtSchema.optional() })
  .strict()
  .refine((r) => Object.keys(r).length > 0, '请至少修改一项 change at least one of title, description, sought');
export type OpportunityRevision = z.infer<typeof opportunityRevisionSchema>;

export const publishOpportunitySchema = z
  .object({ publishedOn: calendarDate().optional() })
  .strict()
  .optional()
  .transform((body) => body ?? {});

export const closeOpportunitySchema = z
  .object({
    reason: z.enum(CLOSE_REASONS, { error: `关闭原因应为 reason must be one of: ${CLOSE_REASONS.join(', ')}` }),
    note: trimmed(1000).optional(),
  })
  .strict();

export interface Opportunity {
  id: string;
  scenarioId: string;
  title: { zh: string; en?: string };
  description?: { zh?: string; en?: string };
  sought: { capabilities: string[]; budget?: { minFen?: number; maxFen?: number }; respondBy: string };
  /** The owning unit: the scenario's owner unit, copied when the opportunity is drafted. */
  ownerUnit: string;
  status: OpportunityStatus;
  /** Beijing date of publication; its year is the year the opportunity counts for. */
  publishedOn: string | null;
  publishedYear: number | null;
  publishedBy: string | null;
  closedOn: string | null;
  closeReason: CloseReason | null;
  closeNote: string | null;
  closedBy: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export function draftOpportunity(draft: OpportunityDraft, context: { id: string; ownerUnit: string; by: string; at: Date }): Opportunity {
  return {
    id: context.id,
    scenarioId: draft.scenarioId,
    title: draft.title,
    ...(draft.description ? { description: draft.description } : {}),
    sought: draft.sought,
    ownerUnit: context.ownerUnit,
    status: 'draft',
    publishedOn: null,
    publishedYear: null,
    publishedBy: null,
    closedOn: null,
    closeReason: null,
    closeNote: null,
    closedBy: null,
    createdBy: context.by,
    createdAt: context.at,
    updatedAt: context.at,
  };
}

/** Drafts are seen only by those who act for the owner unit; published and closed ones by everybody. */
export function canSeeOpportunity(caller: MatchmakingCaller | null, opportunity: Pick<Opportunity, 'status' | 'ownerUnit'>): boolean {
  return opportunity.status !== 'draft' || actsForUnit(caller, opportunity.ownerUnit);
}

export function reviseOpportunity(opportunity: Opportunity, revision: OpportunityRevision, at: Date): Opportunity {
  requireStatus(opportunity, 'draft', '只能修改草稿状态的场景机会 only a draft opportunity can be changed');
  const { description, ...rest } = opportunity;
  const nextDescription = revision.description === undefined ? description : (revision.description ?? undefined);
  return {
    ...rest,
    ...(nextDescription ? { description: nextDescription } : {}),
    title: revision.title ?? opportunity.title,
    sought: revision.sought ?? opportunity.sought,
    updatedAt: at,
  };
}

export function requireDeletable(opportunity: Opportunity): void {
  requireStatus(opportunity, 'draft', '只能删除草稿；已发布的机会请关闭 only a draft can be deleted; close a published opportunity instead');
}

/**
 * Publishes a draft on a Beijing date (today, or an earlier date for an opportunity already published
 * elsewhere, e.g. in a district's demand list); never in the future, never after the deadline to respond.
 */
export function publishOpportunity(opportunity: Opportunity, context: { publishedOn: string; today: string; by: string; at: Date }): Opportunity {
  requireStatus(opportunity, 'draft', '只能发布草稿状态的场景机会 only a draft opportunity can be published');
  if (context.publishedOn > context.today) {
    throw MatchmakingRuleError.invalid([{ path: 'publishedOn', message: `发布日期不能晚于今天（${context.today}） the publication date cannot be after today (${context.today})` }]);
  }
  if (opportunity.sought.respondBy < context.publishedOn) {
    throw new MatchmakingRuleError(
      'conflict',
      'RESPOND_BY_BEFORE_PUBLICATION',
      `响应截止日期（${opportunity.sought.respondBy}）早于发布日期，请先修改草稿 The deadline to respond (${opportunity.sought.respondBy}) is before the publication date: revise the draft first`,
    );
  }
  return { ...opportunity, status: 'published', publishedOn: context.publishedOn, publishedYear: yearOfDate(context.publishedOn), publishedBy: context.by, updatedAt: context.at };
}

export function closeOpportunity(opportunity: Opportunity, context: { reason: CloseReason; note?: string; today: string; by: string; at: Date }): Opportunity {
  requireStatus(opportunity, 'published', '只能关闭已发布的场景机会 only a published opportunity can be closed');
  return { ...opportunity, status: 'closed', closedOn: context.today, closeReason: context.reason, closeNote: context.note ?? null, closedBy: context.by, updatedAt: context.at };
}

/**
 * 有效场景机会: published (it stays counted for its year after it closes as matched or expired), unless
 * it was withdrawn.
 */
export function isEffectiveOpportunity(opportunity: { publishedOn: string | null; closeReason: string | null }): boolean {
  return opportunity.publishedOn !== null && opportunity.closeReason !== 'withdrawn';
}

function requireStatus(opportunity: Opportunity, status: OpportunityStatus, message: string): void {
  if (opportunity.status === status) return;
  throw new MatchmakingRuleError('conflict', 'OPPORTUNITY_STATUS', `${message}（当前状态 current status: ${opportunity.status}）`);
}
