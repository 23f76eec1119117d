import { z } from 'zod';

/** An opportunity (场景机会) of a listed or operating scenario was published: the first one opens the scenario (开放). */
export const opportunityPublishedV1 = z.object({
  scenarioId: z.string().uuid(),
  opportunityId: z.string().uuid(),
  /** YYYY-MM-DD. */
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  publishedBy: z.string().min(1),
  at: z.string().datetime({ offset: true }),
});
export type OpportunityPublishedV1 = z.infer<typeof opportunityPublishedV1>;

/**
 * A held matchmaking event (供需对接活动) recorded an agreement (合作协议 or 签约) on an opportunity of the scenario:
 * an open scenario is matched (对接).
 */
export const matchmakingAgreementRecordedV1 = z.object({
  scenarioId: z.string().uuid(),
  matchmakingEventId: z.string().uuid(),
  opportunityId: z.string().uuid(),
  supplier: z.string().min(1),
  status: z.enum(['agreement', 'contract-signed']),
  /** YYYY-MM-DD. */
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  recordedBy: z.string().min(1),
  at: z.string().datetime({ offset: true }),
});
export type MatchmakingAgreementRecordedV1 = z.infer<typeof matchmakingAgreementRecordedV1>;
