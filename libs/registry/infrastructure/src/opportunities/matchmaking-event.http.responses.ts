import { z } from 'zod';
import { EVENT_KINDS, OUTCOME_STATUSES, PARTICIPANT_TYPES } from '@scq/registry-domain';

/*
 * What the matchmaking-event routes answer, as the API document (and the console's generated client) shows it.
 * Response schemas only: no transforms, no defaults.
 */

export const MatchmakingEventParticipantSchema = z.object({ name: z.string(), type: z.enum(PARTICIPANT_TYPES) }).meta({ id: 'MatchmakingEventParticipant' });

export const MatchmakingEventOutcomeSchema = z
  .object({ supplier: z.string().describe('A participant'), opportunityId: z.guid().describe('A presented opportunity'), status: z.enum(OUTCOME_STATUSES), note: z.string().optional() })
  .meta({ id: 'MatchmakingEventOutcome' });

export const MatchmakingEventSchema = z
  .object({
    id: z.guid(),
    title: z.object({ zh: z.string(), en: z.string().optional() }),
    description: z.object({ zh: z.string().optional(), en: z.string().optional() }).optional(),
    heldOn: z.iso.date(),
    heldYear: z.number().int(),
    district: z.string().optional(),
    organiserUnit: z.string(),
    kind: z.enum(EVENT_KINDS),
    participants: z.array(MatchmakingEventParticipantSchema),
    opportunityIds: z.array(z.guid()).describe('The opportunities presented'),
    outcomes: z.array(MatchmakingEventOutcomeSchema),
    recordedBy: z.string(),
    recordedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'MatchmakingEvent', description: '供需对接活动 A matchmaking event with its participants, presented opportunities and outcomes' });

export const MatchmakingEventPageSchema = z
  .object({ items: z.array(MatchmakingEventSchema), nextCursor: z.string().nullable().describe('Pass back as `after` for the next page; null on the last') })
  .meta({ id: 'MatchmakingEventPage' });
