import { z } from 'zod';

/** An opportunity (场景机会) of a listed or operating scenario was published: the first one opens the scenario (开放). */
const titleInWords = z.object({ zh: z.string().min(1), en: z.string().optional() });

export const opportunityPublishedV1 = z.object({
  scenarioId: z.string().uuid(),
  opportunityId: z.string().uuid(),
  /** The opportunity's title, so that the scenario's history names it in words (absent on events sent before it). */
  title: titleInWords.optional(),
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
  /** The matchmaking event's title, for the scenario's history (absent on events sent before it). */
  eventTitle: titleInWords.optional(),
  opportunityId: z.string().uuid(),
  supplier: z.string().min(1),
  status: z.enum(['agreement', 'contract-signed']),
  /** YYYY-MM-DD. */
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  recordedBy: z.string().min(1),
  at: z.string().datetime({ offset: true }),
});
export type MatchmakingAgreementRecordedV1 = z.infer<typeof matchmakingAgreementRecordedV1>;
