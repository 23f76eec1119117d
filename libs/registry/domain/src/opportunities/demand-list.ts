import { z } from 'zod';
import { yearOfDate } from '@scq/calendar';
import { sameUnit } from './matchmaking-caller.policy';
import { bilingualTitle, calendarDate, recordId, trimmed } from './matchmaking-fields.schema';
import type { RuleFieldError } from './matchmaking-rule.error';
import type { OpportunityStatus } from './opportunity';

/**
 * 需求清单: an owner unit's published set of its published opportunities, numbered by the owner
 * (e.g. 两江新区 "定期发布场景需求清单": "2026年第3期"). Published when filed; the number is unique per owner.
 */
export const demandListSchema = z
  .object({
    number: trimmed(50),
    title: bilingualTitle(),
    ownerUnit: trimmed(100),
    publishedOn: calendarDate().optional(),
    opportunityIds: z
      .array(recordId('场景机会 opportunity id '), { error: '应为场景机会 id 列表 must be a list of opportunity ids' })
      .min(1, '清单至少包含一项场景机会 a demand list holds at least one opportunity')
      .max(500, '一份清单最多 500 项 at most 500 opportunities per list'),
  })
  .strict()
  .superRefine((list, context) => {
    const seen = new Set<string>();
    list.opportunityIds.forEach((id, index) => {
      if (seen.has(id)) context.addIssue({ code: 'custom', path: ['opportunityIds', index], message: '重复的场景机会 duplicate opportunity' });
      seen.add(id);
    });
  });
export type DemandListInput = z.infer<typeof demandListSchema>;

export interface DemandList {
  id: string;
  number: string;
  title: { zh: string; en?: string };
  ownerUnit: string;
  publishedOn: string;
  publishedYear: number;
  publishedBy: string;
  opportunityIds: string[];
  createdAt: Date;
}

export function publishDemandList(input: DemandListInput, context: { id: string; ownerUnit: string; publishedOn: string; by: string; at: Date }): DemandList {
  return {
    id: context.id,
    number: input.number,
    title: input.title,
    ownerUnit: context.ownerUnit,
    publishedOn: context.publishedOn,
    publishedYear: yearOfDate(context.publishedOn),
    publishedBy: context.by,
    opportunityIds: input.opportunityIds,
    createdAt: context.at,
  };
}

/**
 * What is wrong with a list's items: each must exist, be published (not a draft, not closed) and belong
 * to the list's owner unit. `found` holds the opportunities that exist among the ids.
 */
export function demandListItemErrors(
  list: { ownerUnit: string; publishedOn: string; opportunityIds: readonly string[] },
  found: ReadonlyMap<string, { status: OpportunityStatus; ownerUnit: string; publishedOn: string | null }>,
): RuleFieldError[] {
  const errors: RuleFieldError[] = [];
  list.opportunityIds.forEach((id, index) => {
    const path = `opportunityIds.${index}`;
    const opportunity = found.get(id);
    if (!opportunity) errors.push({ path, message: `场景机会不存在 no opportunity ${id}` });
    else if (opportunity.status !== 'published') errors.push({ path, message: `只能列入已发布的场景机会 only published opportunities can be listed (status: ${opportunity.status})` });
    else if (!sameUnit(opportunity.ownerUnit, list.ownerUnit)) errors.push({ path, message: `该机会属于${opportunity.ownerUnit}，不属于清单发布单位 the opportunity belongs to ${opportunity.ownerUnit}, not to the list's owner` });
    else if (opportunity.publishedOn !== null && opportunity.publishedOn > list.publishedOn) errors.push({ path, message: `该机会发布于 ${opportunity.publishedOn}，晚于清单日期 published after the list's date` });
  });
  return errors;
}
