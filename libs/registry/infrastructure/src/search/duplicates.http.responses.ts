import { z } from 'zod';
import { DUPLICATE_DECISIONS } from '@scq/registry-application';
import { ScenarioNearDuplicateSchema } from '../scenario.http.responses';

/** What the near-duplicate routes answer (`DuplicateReview` and `DuplicateDecision` of `@scq/registry-application`). */

const decisionShape = {
  decision: z.enum(DUPLICATE_DECISIONS),
  note: z.string().nullable(),
  score: z.number().nullable().describe('The similarity when the decision was taken'),
  decidedBy: z.string().nullable().describe('The id of the user who decided'),
  decidedRoles: z.array(z.string()).describe('The roles they decided with'),
  decidedAt: z.iso.datetime({ offset: true }),
};

/** `POST /api/scenarios/:id/duplicates`. */
export const DuplicateDecisionSchema = z
  .object({ scenarioId: z.uuid(), otherId: z.uuid(), ...decisionShape })
  .meta({ id: 'DuplicateDecision', description: '重复判定 The coordinator’s word on a pair of scenarios: the same (link) or not (dismiss)' });

/** A decision as a candidate shows it (the pair is the review's scenario and the candidate). */
export const DuplicateCandidateDecisionSchema = z
  .object(decisionShape)
  .meta({ id: 'DuplicateCandidateDecision', description: '重复判定 The latest decision on the pair: the same scenario (link) or not (dismiss)' });

export const DuplicateCandidateSchema = ScenarioNearDuplicateSchema.extend({
  decision: DuplicateCandidateDecisionSchema.nullable().describe('The latest decision on the pair; null when none was taken'),
}).meta({ id: 'DuplicateCandidate', description: '疑似重复 A near-duplicate (or a scenario a decision was taken on) with the latest decision' });

/** `GET /api/scenarios/:id/duplicates`. */
export const DuplicateCandidatesSchema = z
  .object({
    scenarioId: z.uuid(),
    threshold: z.number().describe('The similarity from which a scenario is a near-duplicate'),
    candidates: z.array(DuplicateCandidateSchema),
    nextCursor: z.string().nullable().describe('Pass back as `after` for the next page; null on the last page'),
  })
  .meta({ id: 'DuplicateCandidates', description: '疑似重复 A page of near-duplicates with the decisions taken' });
