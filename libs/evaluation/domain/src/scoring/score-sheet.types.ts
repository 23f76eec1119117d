/** A mark on one criterion: a number on a scored criterion's scale, true/false on a pass/fail criterion. */
export type MarkValue = number | boolean;

export interface Mark {
  rubricId: string;
  criterionId: string;
  value: MarkValue;
  /** The evidence for the mark: every criterion is commented. */
  comment: string;
}

/** One evaluator's independent marks on every criterion of the assessment's rubrics. */
export interface ScoreSheet {
  evaluatorId: string;
  marks: Mark[];
}

export interface FieldProblem {
  path: string;
  message: string;
}
