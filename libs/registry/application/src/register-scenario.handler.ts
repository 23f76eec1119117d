import { randomUUID } from 'node:crypto';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { domain, type TaxonomyVersionId } from '@scq/taxonomy';
import { scenarioOwnership, type Scenario, type ScenarioRegistrant, type ScenarioRegistration } from '@scq/registry-domain';
import type { DuplicateFinder, NearDuplicate } from './duplicate-finder.port';
import type { ScenarioRepository } from './scenario.repository.port';

export interface RegistrationResult {
  scenario: Scenario;
  /** Scenarios that look like this one (避免重复建设), for the coordinator to link or dismiss. */
  nearDuplicates: NearDuplicate[];
}

/**
 * Files a scenario for its owner unit and announces it (`registry.scenario.registered`) in the same transaction. Who may
 * register for which unit is the domain's rule (`scenarioOwnership`): an officer for their own unit, the coordinator
 * or an admin for any unit on its behalf; the owner unit is stored as the taxonomy spells it. A refusal stores nothing.
 */
export class RegisterScenarioHandler {
  constructor(
    private readonly db: Database,
    private readonly scenarios: ScenarioRepository,
    private readonly publisher: EventPublisher,
    private readonly duplicates: DuplicateFinder,
  ) {}

  async execute(registrant: ScenarioRegistrant, input: ScenarioRegistration): Promise<RegistrationResult> {
    const { ownerUnit, registeredBy, registeredOnBehalf } = scenarioOwnership(registrant, input);
    const registration: ScenarioRegistration = { ...input, ownerUnit };
    const aspectCode = domain(registration.taxonomyVersion as TaxonomyVersionId, registration.domainCode).aspect;
    const scenario: Scenario = {
      ...registration,
      id: randomUUID(),
      aspectCode,
      stage: null,
      stageSequence: null,
      stageChangedAt: null,
      registeredAt: new Date(),
      registeredBy,
      registeredOnBehalf,
    };
    return this.db.transaction(async (tx) => {
      const nearDuplicates = await this.duplicates.findNearDuplicates(tx, registration);
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
      return { scenario, nearDuplicates };
    });
  }
}
