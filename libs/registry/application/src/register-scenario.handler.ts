import { randomUUID } from 'node:crypto';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import type { Scenario, ScenarioRegistration } from '@scq/registry-domain';
import type { ScenarioRepository } from './scenario.repository.port';

/** Files a scenario and announces it (`registry.scenario.registered`) in the same transaction. */
export class RegisterScenarioHandler {
  constructor(
    private readonly db: Database,
    private readonly scenarios: ScenarioRepository,
    private readonly publisher: EventPublisher,
  ) {}

  execute(registration: ScenarioRegistration): Promise<Scenario> {
    const scenario: Scenario = { ...registration, id: randomUUID(), stage: null, stageSequence: null, stageChangedAt: null, registeredAt: new Date() };
    return this.db.transaction(async (tx) => {
      await this.scenarios.insert(tx, scenario);
      await this.publisher.publish(tx, 'registry.scenario.v1', 'registry.scenario.registered', {
        subject: scenario.id,
        data: {
          scenarioId: scenario.id,
          title: scenario.title,
          domainCode: scenario.domainCode,
          ownerUnit: scenario.ownerUnit,
          taxonomyVersion: scenario.taxonomyVersion,
          ...(scenario.district ? { district: scenario.district } : {}),
          registeredAt: scenario.registeredAt.toISOString(),
        },
      });
      return scenario;
    });
  }
}
