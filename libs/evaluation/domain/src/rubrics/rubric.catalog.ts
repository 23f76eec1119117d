import type { AssessmentPurpose } from '@scq/lifecycle-domain';
import { applicationExpertReviewV1 } from './data/application-expert-review.rubric';
import { effectivenessEvaluationV1 } from './data/effectiveness-evaluation.rubric';
import { recognitionStandardV1 } from './data/recognition-standard.rubric';
import { valueAssessmentV1 } from './data/value-assessment.rubric';
import type { Rubric, RubricRef } from './rubric.types';

/** Every published version of every rubric. A new version is added beside the old; assessments keep theirs. */
export const RUBRICS: readonly Rubric[] = [recognitionStandardV1, valueAssessmentV1, effectivenessEvaluationV1, applicationExpertReviewV1];

/**
 * Which rubrics decide each purpose: recognition (认定) rests on the recognition standard AND the value assessment
 * (场景认定标准、价值评估); effectiveness on the 成效评估; an application's expert review on its own rubric.
 * The assessment passes only when every one of its rubrics passes.
 */
export const PURPOSE_RUBRICS: Readonly<Record<AssessmentPurpose, readonly string[]>> = {
  recognition: ['recognition-standard', 'value-assessment'],
  effectiveness: ['effectiveness-evaluation'],
  'application-review': ['application-expert-review'],
};

export function rubricIds(): string[] {
  return [...new Set(RUBRICS.map((rubric) => rubric.id))];
}

export function rubricVersions(id: string): Rubric[] {
  return RUBRICS.filter((rubric) => rubric.id === id).sort((a, b) => a.version - b.version);
}

export function currentRubric(id: string): Rubric | undefined {
  return rubricVersions(id).at(-1);
}

export function findRubric(ref: RubricRef): Rubric | undefined {
  return RUBRICS.find((rubric) => rubric.id === ref.id && rubric.version === ref.version);
}

/** The current versions of the rubrics for a purpose, as an assessment pins them when it opens. */
export function rubricsForPurpose(purpose: AssessmentPurpose): Rubric[] {
  return PURPOSE_RUBRICS[purpose].map((id) => {
    const rubric = currentRubric(id);
    if (!rubric) throw new Error(`purpose ${purpose} names unknown rubric ${id}`);
    return rubric;
  });
}

/** The rubrics an assessment pinned; throws for a version that was never published. */
export function pinnedRubrics(refs: readonly RubricRef[]): Rubric[] {
  return refs.map((ref) => {
    const rubric = findRubric(ref);
    if (!rubric) throw new Error(`unknown rubric ${ref.id}@${ref.version}`);
    return rubric;
  });
}
