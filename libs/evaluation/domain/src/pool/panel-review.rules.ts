import type { AssessmentParties, Conflict } from './conflict-of-interest.rules';

/**
 * Who an assessment is about, as conflicts see it: a scenario's owner unit; for an application also the scenario,
 * the applicant (a person) and every organisation the application is from (the applicant's own, each consortium
 * member's), whichever way they were spelled (names are made canonical by the caller).
 */
export function assessmentParties(scenario: { scenarioId: string; ownerUnit: string }, application: { applicationId: string; applicantId: string; organisations: readonly string[] } | null): AssessmentParties {
  if (!application) return { subjectIds: [scenario.scenarioId], organisations: [scenario.ownerUnit], persons: [] };
  const organisations = [...new Set([scenario.ownerUnit, ...application.organisations.map((name) => name.trim()).filter((name) => name !== '')])];
  return { subjectIds: [application.applicationId, scenario.scenarioId], organisations, persons: [application.applicantId] };
}

/** An evaluator on the panel of an undecided assessment: still to score, or scored. */
export interface PanelSeat {
  evaluatorId: string;
  scored: boolean;
}

/** An evaluator to take off the panel: the conflicts found, and whether a sheet they submitted stops counting. */
export interface PanelRemoval {
  evaluatorId: string;
  conflicts: Conflict[];
  scoresVoided: boolean;
}

/**
 * The evaluators of an undecided panel who turn out to be in conflict with its parties (learned after they were
 * assigned): each leaves the panel. A conflicted evaluator's judgement is tainted whether or not they scored, so a
 * submitted sheet is voided rather than kept.
 */
export function conflictedSeats(seats: readonly PanelSeat[], conflictsOf: (evaluatorId: string) => readonly Conflict[]): PanelRemoval[] {
  return seats.flatMap((seat) => {
    const conflicts = [...conflictsOf(seat.evaluatorId)];
    return conflicts.length === 0 ? [] : [{ evaluatorId: seat.evaluatorId, conflicts, scoresVoided: seat.scored }];
  });
}

/** Why an evaluator left, in both languages, for the assignment's end reason and the history. */
export function removalReason(removal: PanelRemoval): string {
  const details = removal.conflicts.map((conflict) => conflict.detail).join('; ');
  const voided = removal.scoresVoided ? '；已提交的评分作废 submitted scores voided' : '';
  return `分配后发现利益冲突 conflict of interest found after assignment: ${details}${voided}`;
}
