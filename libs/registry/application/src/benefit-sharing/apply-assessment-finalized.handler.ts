import type { AssessmentFinalizedV1, EventEnvelope } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { AssessmentOutcomeRepository } from './benefit-sharing.repository.port';

/**
 * Keeps the outcomes of scenario assessments (认定评估, which scores 场景价值评估, and 成效评估) that benefit sharing rests
 * on. Assessments of applications are not about a scenario's value, and are ignored.
 */
export class ApplyAssessmentFinalizedHandler {
  constructor(private readonly outcomes: AssessmentOutcomeRepository) {}

  async handle(event: EventEnvelope<AssessmentFinalizedV1>, tx: SqlExecutor): Promise<void> {
    const { assessmentId, subject, purpose, passed, explanation, finalizedAt } = event.data;
    if (subject.kind !== 'scenario' || purpose === 'application-review') return;
    await this.outcomes.record(tx, { assessmentId, scenarioId: subject.id, purpose, passed, explanation, finalizedAt: new Date(finalizedAt) });
  }
}
