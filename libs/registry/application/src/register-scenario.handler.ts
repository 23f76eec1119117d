import { randomUUID } from 'node:crypto';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import { domain, findUnit, taxonomyVersions, type TaxonomyVersionId } from '@scq/taxonomy';
import { canonicalCoOwners, scenarioOwnership, withCanonicalDistrict, type Scenario, type ScenarioOwnership, type ScenarioRegistrant, type ScenarioRegistration } from '@scq/registry-domain';
import type { DuplicateFinder, NearDuplicate } from './duplicate-finder.port';
import type { OrganisationNames } from './organisation-names.port';
import type { ScenarioRepository } from './scenario.repository.port';

/** Owner types that are organisations of the directory (a municipal department is a unit, a district a place). */
const ORGANISATION_OWNERS: ReadonlySet<ScenarioRegistration['ownerType']> = new Set(['municipal-soe', 'enterprise', 'university-institute']);

export interface RegistrationResult {
  scenario: Scenario;
  /** Scenarios that look like this one (避免重复建设), for the coordinator to link or dismiss. */
  nearDuplicates: NearDuplicate[];
}

/**
 * Files a scenario for its owner unit and announces it (`registry.scenario.registered`) in the same transaction. Who may
 * register for which unit is the domain's rule (`scenarioOwnership`): an officer for their own unit, the coordinator
 * or an admin for any unit on its behalf; the owner unit is stored as the taxonomy spells it, and an enterprise,
 * university or state-owned enterprise as the directory names it (by name, alias or 统一社会信用代码; a name the
 * directory does not know as written). A refusal stores nothing.
 */
export class RegisterScenarioHandler {
  constructor(
    private readonly db: Database,
    private readonly scenarios: ScenarioRepository,
    private readonly publisher: EventPublisher,
    private readonly duplicates: DuplicateFinder,
    private readonly organisationNames: OrganisationNames,
  ) {}

  /** What registering would warn about (避免重复建设), under the same ownership rule, storing nothing. */
  async preview(registrant: ScenarioRegistrant, typed: ScenarioRegistration): Promise<NearDuplicate[]> {
    const input = withCanonicalDistrict(typed);
    const ownership = scenarioOwnership(registrant, input);
    return this.db.transaction(async (tx) => this.duplicates.findNearDuplicates(tx, await this.scenarioOf(tx, ownership, input)));
  }

  async execute(registrant: ScenarioRegistrant, typed: ScenarioRegistration): Promise<RegistrationResult> {
    const input = withCanonicalDistrict(typed);
    const ownership = scenarioOwnership(registrant, input);
    return this.db.transaction(async (tx) => {
      const scenario = await this.scenarioOf(tx, ownership, input);
      const nearDuplicates = await this.duplicates.findNearDuplicates(tx, scenario);
      await this.recordIn(tx, scenario);
      return { scenario, nearDuplicates };
    });
  }

  /** The scenario a registration files, its owner spelled the taxonomy's or the directory's way; not stored yet. */
  async scenarioOf(tx: SqlExecutor, { ownerUnit, registeredBy, registeredOnBehalf }: ScenarioOwnership, input: ScenarioRegistration): Promise<Scenario> {
    const owner = ORGANISATION_OWNERS.has(input.ownerType) && !isUnit(ownerUnit) ? await this.organisationNames.canonical(tx, ownerUnit) : ownerUnit;
    return {
      ...input,
      ownerUnit: owner,
      coOwnerUnits: canonicalCoOwners(owner, input.coOwnerUnits ?? []),
      id: randomUUID(),
      aspectCode: domain(input.taxonomyVersion as TaxonomyVersionId, input.domainCode).aspect,
      stage: null,
      stageSequence: null,
      stageChangedAt: null,
      registeredAt: new Date(),
      registeredBy,
      registeredOnBehalf,
      profileRevision: 1,
    };
  }

  /** Stores the scenario and announces it (`registry.scenario.registered`) in the caller's transaction. */
  async recordIn(tx: SqlExecutor, scenario: Scenario): Promise<void> {
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
  }
}

/** A municipal unit stays the taxonomy's, whatever the directory calls it. */
function isUnit(name: string): boolean {
  return taxonomyVersions().some((version) => findUnit(version, name) !== undefined);
}
