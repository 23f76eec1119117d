import type { EventEnvelope, ScenarioStageChangedV1 } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import { isRecognisedOrLater } from '@scq/registry-domain';
import type { ScenarioRepository } from './scenario.repository.port';

/** Keeps the registry's read model of each scenario's lifecycle stage (the workflow owns the truth). */
export class ApplyStageChangedHandler {
  constructor(private readonly scenarios: ScenarioRepository) {}

  async handle(event: EventEnvelope<ScenarioStageChangedV1>, tx: SqlExecutor): Promise<void> {
    const { scenarioId, to, sequence, changedAt } = event.data;
    // Recognition is recorded even from a late report: the targets count the year of the first recognition.
    const known = await this.scenarios.projectStage(tx, { scenarioId, stage: to, sequence, changedAt: new Date(changedAt), recognised: isRecognisedOrLater(to) });
    if (!known) throw new Error(`stage change for unknown scenario ${scenarioId}`);
  }
}
