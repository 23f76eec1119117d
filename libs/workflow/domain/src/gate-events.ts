import type { AssessmentPurpose } from '@scq/lifecycle-domain';

/** Gates decided by other services, relayed into the machines by `system`. */
export interface AssessmentFinalizedEvent {
  type: 'assessment.finalized';
  assessmentId: string;
  passed: boolean;
  purpose: AssessmentPurpose;
}

export interface ApplicationApprovedEvent {
  type: 'application.approved';
  applicationId: string;
}

/** A held matchmaking event recorded an agreement (合作协议 or 签约) on an opportunity of the scenario. */
export interface MatchmakingAgreedEvent {
  type: 'matchmaking.agreed';
  matchmakingEventId: string;
  opportunityId: string;
  supplier: string;
}

/** The assessment a gate decision rests on, kept in context so the history links the decision to it. */
export interface AssessmentLink {
  assessmentId: string;
  passed: boolean;
}

export function isAssessment(event: { type: string }, purpose: AssessmentPurpose, passed: boolean): boolean {
  if (event.type !== 'assessment.finalized') return false;
  const finalized = event as AssessmentFinalizedEvent;
  return finalized.purpose === purpose && finalized.passed === passed;
}
