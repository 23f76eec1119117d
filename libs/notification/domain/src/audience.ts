import type { Recipient } from './recipient';
import type { Audience } from './reminder-policy';

/** What an audience resolves against, for one deadline. */
export interface AudienceContext {
  responsibleUnits: readonly string[];
  /** 市发展改革委, from the taxonomy version of the scenario (or the current one). */
  coordinatorUnit: string;
  leadership: readonly string[];
  /** The applicant of an application deadline, when known (from `workflow.application.stage-changed`). */
  applicantId: string | null;
}

/** The recipients of a reminder or escalation step, in audience order, each once. An unknown applicant is nobody. */
export function resolveAudience(audience: readonly Audience[], context: AudienceContext): Recipient[] {
  const recipients: Recipient[] = [];
  const add = (recipient: Recipient) => {
    if (!recipients.some((known) => known.type === recipient.type && known.id === recipient.id)) recipients.push(recipient);
  };
  for (const who of audience) {
    if (who === 'responsible-units') context.responsibleUnits.forEach((id) => add({ type: 'unit', id }));
    else if (who === 'coordinator') add({ type: 'unit', id: context.coordinatorUnit });
    else if (who === 'leadership') context.leadership.forEach((id) => add({ type: 'unit', id }));
    else if (who === 'applicant' && context.applicantId) add({ type: 'user', id: context.applicantId });
  }
  return recipients;
}
