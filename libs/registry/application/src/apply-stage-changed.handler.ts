import type { EventEnvelope, ScenarioStageChangedV1 } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import { isNewerStage, isRecognisedOrLater } from '@scq/registry-domain';
import type { ScenarioRepository } from './scenario.repository.port';

/** Keeps the registry's read model of each scenario's lifecycle stage (the workflow owns the truth). */
export class ApplyStageChangedHandler {
  constructor(private readonly scenarios: ScenarioRepository) {}

  async handle(event: EventEnvelope<ScenarioStageChangedV1>, tx: SqlExecutor): Promise<void> {
    const { scenarioId, to, sequence, changedAt } = event.data;
    const scenario = await this.scenarios.findByIdForUpdate(tx, scenarioId);
    if (!scenario) throw new Error(`stage change for unknown scenario ${scenarioId}`);
    // Recorded even from a late report: the targets count the year of the first recognition.
    if (isRecognisedOrLater(to)) await this.scenarios.recordRecognition(tx, scenarioId, new Date(changedAt));
    if (!isNewerStage(scenario, sequence)) return;
    await this.scenarios.updateStage(tx, scenarioId, to, sequence, new Date(changedAt));
  }
}
