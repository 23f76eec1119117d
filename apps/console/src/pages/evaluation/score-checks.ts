import type { FieldError } from '../../api/client';
import type { Translate } from '../../i18n/messages';
import type { dossierMessages } from './dossier.messages';
import { markKey, type AssessmentView } from './evaluation.model';

/** The server's evidence rules (libs/evaluation/domain score-sheet.validator.ts EVIDENCE_POLICY), checked before sending. */
export const MIN_COMMENT = 2;
export const FAILING_COMMENT = 10;

type Rubric = AssessmentView['rubrics'][number];
type Criterion = Rubric['criteria'][number];
type DossierT = Translate<keyof typeof dossierMessages.zh>;

export interface Entry {
  value: string;
  comment: string;
}

/** A criterion of the sheet in the order sent: its key (`rubric/criterion`), its words, and its place in the rubric. */
export interface SheetItem {
  rubric: Rubric;
  criterion: Criterion;
  key: string;
}

type ProblemKind = 'valueMissing' | 'valueInvalid' | 'markInvalid' | 'commentMissing' | 'commentFailing' | 'commentInvalid';

/** A problem at one criterion's field; its words (naming the criterion by its label, never by path or id) are made when shown, in the language then. */
export interface Problem {
  key: string;
  field: 'value' | 'comment';
  kind: ProblemKind;
}

/** The problem in words, in the current language. */
export function problemText(problem: Problem, name: string, t: DossierT): string {
  return t(problem.kind, { name, min: problem.kind === 'commentFailing' ? FAILING_COMMENT : MIN_COMMENT });
}

export function sheetItems(view: AssessmentView): SheetItem[] {
  return view.rubrics.flatMap((rubric) => rubric.criteria.map((criterion) => ({ rubric, criterion, key: markKey(rubric.id, criterion.id) })));
}

/** The mark as the server takes it: a number, true/false, or null when none is chosen. */
export function parsedValue(criterion: Criterion, value: string): number | boolean | null {
  if (criterion.kind === 'pass-fail') return value === 'met' ? true : value === 'not-met' ? false : null;
  return value === '' ? null : Number(value);
}

/** What the server would refuse, found before sending: a missing mark, a missing comment, a failing mark without a reason. */
export function checkSheet(items: SheetItem[], entry: (key: string) => Entry): Problem[] {
  return items.flatMap((item) => {
    const { value, comment } = entry(item.key);
    const parsed = parsedValue(item.criterion, value);
    const problems: Problem[] = [];
    if (parsed === null) problems.push({ key: item.key, field: 'value', kind: 'valueMissing' });
    const length = Array.from(comment.trim()).length;
    const failing = item.criterion.kind === 'scored' ? item.criterion.threshold !== null && typeof parsed === 'number' && parsed < item.criterion.threshold : parsed === false;
    if (length < MIN_COMMENT) problems.push({ key: item.key, field: 'comment', kind: 'commentMissing' });
    else if (failing && length < FAILING_COMMENT) problems.push({ key: item.key, field: 'comment', kind: 'commentFailing' });
    return problems;
  });
}

/**
 * A server refusal's fields (`scores.<n>.comment`, `scores.<n>.value`, `scores`) in words: the index is the place in
 * the array sent, so each names its criterion. Paths that name no criterion make the sheet `incomplete` (one message).
 */
export function serverProblems(fields: readonly FieldError[], sent: readonly SheetItem[]): { problems: Problem[]; incomplete: boolean } {
  const problems: Problem[] = [];
  let incomplete = false;
  for (const { path } of fields) {
    const match = /^scores\.(\d+)\.(\w+)$/.exec(path);
    const item = match ? sent[Number(match[1])] : undefined;
    if (!match || !item) {
      incomplete = true;
      continue;
    }
    const field = match[2] === 'comment' ? 'comment' : 'value';
    if (problems.some((problem) => problem.key === item.key && problem.field === field)) continue;
    problems.push({ key: item.key, field, kind: field === 'comment' ? 'commentInvalid' : match[2] === 'value' ? 'valueInvalid' : 'markInvalid' });
  }
  return { problems, incomplete };
}
