import { calibrate, CALIBRATION_POLICY, evaluatorTotal, mean, pinnedRubrics, type AssessmentPurpose, type CalibrationSample } from '@scq/evaluation-domain';
import type { Actor } from '@scq/platform-lifecycle';
import { readsPool } from '../assessments/assessment-access';
import type { EvaluationDeps } from '../evaluation.deps';
import { forbidden } from '../evaluation.errors';

/**
 * The calibration report for the coordinator: each evaluator's severity or leniency against their peers, over
 * every assessment whose scores are unsealed (all submitted), with outliers flagged.
 */
export class CalibrationQuery {
  constructor(private readonly deps: EvaluationDeps) {}

  async report(actor: Actor, options: { purpose?: AssessmentPurpose; minAssessments?: number }) {
    if (!readsPool(actor)) throw forbidden('校准报告供协调单位使用 the calibration report is for the coordinator');
    const sheets = await this.deps.assessments.unsealedSheets(this.deps.db, options.purpose);
    const byAssessment = new Map<string, CalibrationSample & { scores: Array<{ evaluatorId: string; normalised: number }> }>();
    for (const sheet of sheets) {
      const rubrics = pinnedRubrics(sheet.rubrics);
      const normalised = mean(rubrics.map((rubric) => evaluatorTotal(rubric, sheet).normalised));
      const sample = byAssessment.get(sheet.assessmentId) ?? { assessmentId: sheet.assessmentId, scores: [] };
      sample.scores.push({ evaluatorId: sheet.evaluatorId, normalised });
      byAssessment.set(sheet.assessmentId, sample);
    }
    const report = calibrate([...byAssessment.values()], { ...CALIBRATION_POLICY, ...(options.minAssessments ? { minAssessments: options.minAssessments } : {}) });
    const names = new Map((await this.deps.pool.listEvaluators(this.deps.db, { includeRetired: true })).map((e) => [e.id, e.name]));
    return { ...report, purpose: options.purpose ?? null, evaluators: report.evaluators.map((row) => ({ ...row, name: names.get(row.evaluatorId) ?? null })) };
  }
}
