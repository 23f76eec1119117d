import { z } from 'zod';
import { yearOfDate } from '@scq/calendar';
import { bilingualText, bilingualTitle, calendarDate, normaliseName, recordId, trimmed } from './matchmaking-fields.schema';
import type { RuleFieldError } from './matchmaking-rule.error';
import type { OpportunityStatus } from './opportunity';

/** 供需对接活动的形式: 路演, 对接会, 揭榜挂帅, 发布会, 展会, 大赛, 其他. */
export const EVENT_KINDS = ['roadshow', 'matchmaking-meeting', 'open-call', 'launch', 'exhibition', 'competition', 'other'] as const;
export const EVENT_KIND_NAMES: Record<(typeof EVENT_KINDS)[number], string> = {
  roadshow: '路演',
  'matchmaking-meeting': '对接会',
  'open-call': '揭榜挂帅',
  launch: '发布会',
  exhibition: '展会',
  competition: '大赛',
  other: '其他',
};

/** Suppliers taking part: 企业, 高校, 科研院所, 国企. */
export const PARTICIPANT_TYPES = ['enterprise', 'university', 'institute', 'soe'] as const;

/** How far a match went: 合作意向 intent, 合作协议 agreement, 签约 contract signed. */
export const OUTCOME_STATUSES = ['intent', 'agreement', 'contract-signed'] as const;

const participant = z
  .object({
    name: trimmed(200).transform(normaliseName),
    type: z.enum(PARTICIPANT_TYPES, { error: `参与方类型应为 type must be one of: ${PARTICIPANT_TYPES.join(', ')}` }),
  })
  .strict();

const outcome = z
  .object({
    supplier: trimmed(200).transform(normaliseName),
    opportunityId: recordId('场景机会 opportunityId '),
    status: z.enum(OUTCOME_STATUSES, { error: `对接结果应为 status must be one of: ${OUTCOME_STATUSES.join(', ')}` }),
    note: trimmed(1000).optional(),
  })
  .strict();

const eventFields = {
  title: bilingualTitle(),
  description: bilingualText().optional(),
  heldOn: calendarDate(),
  district: trimmed(50).optional(),
  organiserUnit: trimmed(100),
  kind: z.enum(EVENT_KINDS, { error: `活动形式应为 kind must be one of: ${EVENT_KINDS.join(', ')}` }),
  participants: z.array(participant, { error: '应为参与方列表 must be a list' }).max(500, '最多 500 个参与方 at most 500 participants').default([]),
  opportunityIds: z.array(recordId('场景机会 opportunity id '), { error: '应为场景机会 id 列表 must be a list' }).max(200, '最多 200 项 at most 200 opportunities').default([]),
  outcomes: z.array(outcome, { error: '应为对接结果列表 must be a list' }).max(1000, '最多 1000 条 at most 1000 outcomes').default([]),
};

/**
 * A matchmaking event (供需对接活动) as recorded: outcomes must name a listed participant and a presented
 * opportunity, once per pair; participant names and presented opportunities are unique.
 */
export const matchmakingEventSchema = z
  .object(eventFields)
  .strict()
  .superRefine((event, context) => {
    for (const issue of eventConsistencyErrors(event)) context.addIssue({ code: 'custom', path: issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: issue.message });
  });
export type MatchmakingEventInput = z.infer<typeof matchmakingEventSchema>;

/** A change to a recorded event: any of its fields; lists replace the recorded lists. */
export const matchmakingEventRevisionSchema = z
  .object({
    title: eventFields.title.optional(),
    description: bilingualText().nullable().optional(),
    heldOn: calendarDate().optional(),
    district: trimmed(50).nullable().optional(),
    organiserUnit: trimmed(100).optional(),
    kind: eventFields.kind.optional(),
    participants: z.array(participant).max(500, '最多 500 个参与方 at most 500 participants').optional(),
    opportunityIds: z.array(recordId('场景机会 opportunity id ')).max(200, '最多 200 项 at most 200 opportunities').optional(),
    outcomes: z.array(outcome).max(1000, '最多 1000 条 at most 1000 outcomes').optional(),
  })
  .strict()
  .refine((r) => Object.keys(r).length > 0, '请至少修改一项 change at least one field');
export type MatchmakingEventRevision = z.infer<typeof matchmakingEventRevisionSchema>;

export interface MatchmakingEvent extends MatchmakingEventInput {
  id: string;
  heldYear: number;
  recordedBy: string;
  recordedAt: Date;
  updatedAt: Date;
}

export function recordMatchmakingEvent(input: MatchmakingEventInput, context: { id: string; organiserUnit: string; by: string; at: Date }): MatchmakingEvent {
  return { ...input, organiserUnit: context.organiserUnit, id: context.id, heldYear: yearOfDate(input.heldOn), recordedBy: context.by, recordedAt: context.at, updatedAt: context.at };
}

/** The recorded event with a revision applied, as a full input to validate again (null clears an optional field). */
export function reviseMatchmakingEventInput(event: MatchmakingEvent, revision: MatchmakingEventRevision): Record<string, unknown> {
  const current: Record<string, unknown> = {
    title: event.title,
    description: event.description,
    heldOn: event.heldOn,
    district: event.district,
    organiserUnit: event.organiserUnit,
    kind: event.kind,
    participants: event.participants,
    opportunityIds: event.opportunityIds,
    outcomes: event.outcomes,
  };
  for (const [key, value] of Object.entries(revision)) current[key] = value === null ? undefined : value;
  return Object.fromEntries(Object.entries(current).filter(([, value]) => value !== undefined));
}

/** Rules inside one event: unique participants and opportunities; outcomes name a participant and a presented opportunity, once per pair. */
export function eventConsistencyErrors(event: Pick<MatchmakingEventInput, 'participants' | 'opportunityIds' | 'outcomes'>): RuleFieldError[] {
  const errors: RuleFieldError[] = [];
  const names = new Set<string>();
  event.participants.forEach((p, i) => {
    if (names.has(p.name)) errors.push({ path: `participants.${i}.name`, message: `参与方重复 duplicate participant ${p.name}` });
    names.add(p.name);
  });
  const presented = new Set<string>();
  event.opportunityIds.forEach((id, i) => {
    if (presented.has(id)) errors.push({ path: `opportunityIds.${i}`, message: '重复的场景机会 duplicate opportunity' });
    presented.add(id);
  });
  const pairs = new Set<string>();
  event.outcomes.forEach((o, i) => {
    if (!names.has(o.supplier)) errors.push({ path: `outcomes.${i}.supplier`, message: `${o.supplier} 不在参与方名单中 is not a listed participant` });
    if (!presented.has(o.opportunityId)) errors.push({ path: `outcomes.${i}.opportunityId`, message: '该机会未在本次活动中推介 the opportunity was not presented at this event' });
    const pair = `${o.supplier}\u0000${o.opportunityId}`;
    if (pairs.has(pair)) errors.push({ path: `outcomes.${i}`, message: '同一供给方与同一机会只能记录一条结果 one outcome per supplier and opportunity' });
    pairs.add(pair);
  });
  return errors;
}

/**
 * Rules against the stored opportunities and the calendar: presented opportunities exist, are published
 * (or since closed) and were published on or before the event; outcomes only once the event was held.
 */
export function eventReferenceErrors(
  event: Pick<MatchmakingEventInput, 'heldOn' | 'opportunityIds' | 'outcomes'>,
  found: ReadonlyMap<string, { status: OpportunityStatus; publishedOn: string | null }>,
  today: string,
): RuleFieldError[] {
  const errors: RuleFieldError[] = [];
  event.opportunityIds.forEach((id, i) => {
    const path = `opportunityIds.${i}`;
    const opportunity = found.get(id);
    if (!opportunity) errors.push({ path, message: `场景机会不存在 no opportunity ${id}` });
    else if (opportunity.status === 'draft' || opportunity.publishedOn === null) errors.push({ path, message: '草稿不能在活动中推介 a draft opportunity cannot be presented' });
    else if (opportunity.publishedOn > event.heldOn) errors.push({ path, message: `该机会发布于 ${opportunity.publishedOn}，晚于活动日期 published after the event` });
  });
  if (event.outcomes.length > 0 && event.heldOn > today) {
    errors.push({ path: 'outcomes', message: `活动尚未举行（${event.heldOn}），不能记录对接结果 outcomes can be recorded once the event has been held` });
  }
  return errors;
}
