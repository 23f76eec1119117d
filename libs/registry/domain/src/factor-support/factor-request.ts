import { z } from 'zod';
import { canonicalUnitName, factorKinds, FACTOR_KINDS, findFactorKind, type FactorKind } from '@scq/taxonomy';

export type { FactorKind };
import { bilingualText, trimmed } from '../opportunities/matchmaking-fields.schema';
import { actsForEveryUnit, sameUnit, type MatchmakingCaller } from '../opportunities/matchmaking-caller.policy';
import { MatchmakingRuleError } from '../opportunities/matchmaking-rule.error';

/** The deadline a factor request arms in the notification service (its reminder policy is `factorAnswer`). */
export const FACTOR_ANSWER_DEADLINE = 'factorAnswer';
export const FACTOR_REQUEST_MACHINE = 'factor-request';
export const FACTOR_REQUEST_STAGE_LABEL = { zh: '要素保障待答复', en: 'factor support awaiting an answer' } as const;

export const factorDeadlineIdOf = (requestId: string) => `${requestId}.${FACTOR_ANSWER_DEADLINE}`;

export const FACTOR_OUTCOMES = ['granted', 'partially-granted', 'declined'] as const;
export type FactorOutcome = (typeof FACTOR_OUTCOMES)[number];
export const FACTOR_OUTCOME_NAMES: Record<FactorOutcome, { zh: string; en: string }> = {
  granted: { zh: '予以保障', en: 'granted' },
  'partially-granted': { zh: '部分保障', en: 'partially granted' },
  declined: { zh: '不予保障', en: 'declined' },
};

export const FACTOR_REQUEST_STATUSES = ['awaiting-answer', 'answered'] as const;
export type FactorRequestStatus = (typeof FACTOR_REQUEST_STATUSES)[number];

/** What the owner unit asks for. The unit that answers and the working days come from the factor's data. */
export const factorRequestInputSchema = z
  .object({
    kind: z.enum(FACTOR_KINDS, { error: `要素类型应为 kind must be one of: ${FACTOR_KINDS.join(', ')}` }),
    need: bilingualText().refine((text) => text.zh !== undefined || text.en !== undefined, '请说明需求 describe the need ({zh} or {en})'),
    /** How much, in the factor's own terms (e.g. 30 亩, 2 个频点, 500 吨标准煤). */
    quantity: trimmed(200).optional(),
  })
  .strict();
export type FactorRequestInput = z.infer<typeof factorRequestInputSchema>;

export const factorAnswerSchema = z
  .object({
    outcome: z.enum(FACTOR_OUTCOMES, { error: `答复结论应为 outcome must be one of: ${FACTOR_OUTCOMES.join(', ')}` }),
    answer: bilingualText().refine((text) => text.zh !== undefined || text.en !== undefined, '请填写答复意见 write the answer ({zh} or {en})'),
  })
  .strict();
export type FactorAnswer = z.infer<typeof factorAnswerSchema>;

export interface FactorRequest {
  id: string;
  scenarioId: string;
  scenarioTitle: { zh: string; en: string | null };
  /** The scenario's owner unit, copied when the request is made. */
  ownerUnit: string;
  kind: FactorKind;
  /** The unit responsible for the factor, from the data when the request is made. */
  responsibleUnit: string;
  need: { zh?: string; en?: string };
  quantity: string | null;
  workingDays: number;
  deadlineId: string;
  status: FactorRequestStatus;
  outcome: FactorOutcome | null;
  answer: { zh?: string; en?: string } | null;
  requestedBy: string;
  requestedAt: Date;
  answeredBy: string | null;
  answeredAt: Date | null;
}

/** A new request, routed to the unit responsible for its factor. */
export function makeFactorRequest(
  input: FactorRequestInput,
  context: { id: string; scenarioId: string; scenarioTitle: FactorRequest['scenarioTitle']; ownerUnit: string; by: string; at: Date },
): FactorRequest {
  const factor = findFactorKind(input.kind);
  if (!factor) throw MatchmakingRuleError.invalid([{ path: 'kind', message: `未知的要素类型 unknown factor kind ${input.kind}` }]);
  return {
    id: context.id,
    scenarioId: context.scenarioId,
    scenarioTitle: context.scenarioTitle,
    ownerUnit: context.ownerUnit,
    kind: input.kind,
    responsibleUnit: factor.unit,
    need: input.need,
    quantity: input.quantity ?? null,
    workingDays: factor.answerWorkingDays,
    deadlineId: factorDeadlineIdOf(context.id),
    status: 'awaiting-answer',
    outcome: null,
    answer: null,
    requestedBy: context.by,
    requestedAt: context.at,
    answeredBy: null,
    answeredAt: null,
  };
}

/** The answer, once (a second one is 409 `FACTOR_REQUEST_ANSWERED`). */
export function answerFactorRequest(request: FactorRequest, answer: FactorAnswer, context: { by: string; at: Date }): FactorRequest {
  if (request.status === 'answered') {
    throw new MatchmakingRuleError('conflict', 'FACTOR_REQUEST_ANSWERED', `该要素需求已答复，不能再次答复 This factor request was answered already (${request.outcome})`);
  }
  return { ...request, status: 'answered', outcome: answer.outcome, answer: answer.answer, answeredBy: context.by, answeredAt: context.at };
}

const isOfficerOf = (caller: MatchmakingCaller, unit: string) => caller.roles.includes('officer') && caller.unit !== null && sameUnit(caller.unit, unit);

/** Only officers of the scenario's owner unit ask for a factor. */
export function requireFactorRequester(caller: MatchmakingCaller, ownerUnit: string): void {
  if (isOfficerOf(caller, ownerUnit)) return;
  throw new MatchmakingRuleError(
    'forbidden',
    'OUT_OF_SCOPE',
    `无权提出要素需求：仅场景牵头单位（${ownerUnit}）的经办人员可以提出 Not allowed: only officers of the scenario's owner unit (${ownerUnit}) ask for factor support`,
  );
}

/** Only officers of the unit the request was routed to answer it. */
export function requireFactorAnswerer(caller: MatchmakingCaller, request: Pick<FactorRequest, 'responsibleUnit'>): void {
  if (isOfficerOf(caller, request.responsibleUnit)) return;
  throw new MatchmakingRuleError(
    'forbidden',
    'OUT_OF_SCOPE',
    `无权答复：该要素需求由${request.responsibleUnit}答复 Not allowed: this factor request is answered by ${request.responsibleUnit}`,
  );
}

/** The owner unit, the responsible unit, the coordinator and administrators read a request. */
export function readsFactorRequest(caller: MatchmakingCaller, request: Pick<FactorRequest, 'ownerUnit' | 'responsibleUnit'>): boolean {
  return actsForEveryUnit(caller) || isOfficerOf(caller, request.ownerUnit) || isOfficerOf(caller, request.responsibleUnit);
}

/** Which requests a list shows the caller: all (coordinator, admins) or those of the officer's unit, as owner or as responsible unit. */
export function factorRequestReach(caller: MatchmakingCaller): { all: true } | { all: false; unit: string } | null {
  if (actsForEveryUnit(caller)) return { all: true };
  if (caller.roles.includes('officer') && caller.unit !== null) return { all: false, unit: canonicalUnitName(caller.unit) };
  return null;
}

/**
 * Who reads a scenario's requests: its owner unit, the coordinator and admins (all of them), and an officer of a unit
 * some factor is routed to (those routed to it); anybody else 403.
 */
export function readsScenarioFactorRequests(caller: MatchmakingCaller, ownerUnit: string): boolean {
  if (actsForEveryUnit(caller) || isOfficerOf(caller, ownerUnit)) return true;
  return factorKinds().some((factor) => isOfficerOf(caller, factor.unit));
}
