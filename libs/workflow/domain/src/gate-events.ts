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
