import type { AssessmentPanelChangedV1, EventEnvelope } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { ScenarioRepository } from './scenario.repository.port';

/**
 * Keeps the registry's read model of assessment panels (the evaluation service owns the truth): each event replaces
 * the panel of its assessment, so a redelivery changes nothing. Assessments of applications do not open scenarios.
 */
export class ApplyPanelChangedHandler {
  constructor(private readonly scenarios: ScenarioRepository) {}

  async handle(event: EventEnvelope<AssessmentPanelChangedV1>, tx: SqlExecutor): Promise<void> {
    const { assessmentId, subject, evaluatorIds } = event.data;
    if (subject.kind !== 'scenario') return;
    await this.scenarios.replacePanel(tx, assessmentId, subject.id, evaluatorIds);
  }
}
