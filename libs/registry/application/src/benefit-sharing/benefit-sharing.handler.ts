import { randomUUID } from 'node:crypto';
import type { Database } from '@scq/platform-persistence';
import {
  basisOf,
  benefitSharingRefusals,
  MatchmakingRuleError,
  nextAgreement,
  normaliseUnit,
  notFoundScenario,
  requireBenefitSharingReader,
  requireBenefitSharingWriter,
  type AssessmentOutcome,
  type BenefitSharingAgreement,
  type BenefitSharingBasis,
  type BenefitSharingInput,
  type MatchmakingCaller,
  type Scenario,
} from '@scq/registry-domain';
import type { ScenarioRepository } from '../scenario.repository.port';
import type { AssessmentOutcomeRepository, BenefitSharingRepository } from './benefit-sharing.repository.port';

/** A version with the assessment outcomes it links to. */
export interface BenefitSharingView extends BenefitSharingAgreement {
  current: boolean;
  pilotAssessment: AssessmentOutcome | null;
  valueAssessment: AssessmentOutcome | null;
}

export interface BenefitSharingOverview {
  /** What an agreement would rest on now, and why one cannot be made yet (empty: it can). */
  basis: BenefitSharingBasis & { refusals: Array<{ code: string; zh: string; en: string }> };
  current: BenefitSharingView | null;
  /** Every version, newest first. */
  versions: BenefitSharingView[];
}

/**
 * 收益分享: after a successful pilot (the stage after a passed 成效评估, and that assessment heard) and a completed value
 * assessment (the passed 认定评估 whose rubrics include 场景价值评估), the owner unit's officers make the agreement and
 * amend it by new versions; the owner unit, the coordinator and admins read every version.
 */
export class BenefitSharingHandler {
  constructor(
    private readonly db: Database,
    private readonly agreements: BenefitSharingRepository,
    private readonly outcomes: AssessmentOutcomeRepository,
    private readonly scenarios: ScenarioRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  record(caller: MatchmakingCaller, scenarioId: string, input: BenefitSharingInput): Promise<BenefitSharingView> {
    return this.db.transaction(async (tx) => {
      // The scenario's row lock orders two amendments of one agreement: the second sees the first as current.
      const scenario = await this.scenarios.findByIdForUpdate(tx, scenarioId);
      if (!scenario) throw notFoundScenario(scenarioId);
      const ownerUnit = normaliseUnit(scenario.ownerUnit);
      requireBenefitSharingWriter(caller, ownerUnit);
      const [current] = await this.agreements.versionsOf(tx, scenarioId);
      const basis = basisOf(scenario.stage, await this.outcomes.outcomesOf(tx, scenarioId));
      const agreement = nextAgreement(input, current ?? null, basis, { id: randomUUID(), scenarioId, ownerUnit, by: caller.id, at: this.clock() });
      await this.agreements.insert(tx, agreement);
      return { ...agreement, current: true, pilotAssessment: basis.pilot, valueAssessment: basis.value };
    });
  }

  async overview(caller: MatchmakingCaller, scenarioId: string): Promise<BenefitSharingOverview> {
    const scenario = await this.readable(caller, scenarioId);
    const outcomes = await this.outcomes.outcomesOf(this.db, scenarioId);
    const basis = basisOf(scenario.stage, outcomes);
    const versions = await this.views(await this.agreements.versionsOf(this.db, scenarioId));
    return { basis: { ...basis, refusals: benefitSharingRefusals(basis) }, current: versions[0] ?? null, versions };
  }

  async version(caller: MatchmakingCaller, scenarioId: string, version: number): Promise<BenefitSharingView> {
    await this.readable(caller, scenarioId);
    const agreement = await this.agreements.version(this.db, scenarioId, version);
    if (!agreement) throw new MatchmakingRuleError('not-found', 'NOT_FOUND', `收益分享协议第 ${version} 版不存在 Version ${version} of the benefit-sharing agreement not found`);
    const [latest] = await this.agreements.versionsOf(this.db, scenarioId);
    const [view] = await this.views([agreement], latest?.version ?? version);
    return view as BenefitSharingView;
  }

  private async readable(caller: MatchmakingCaller, scenarioId: string): Promise<Scenario> {
    const scenario = await this.scenarios.findById(this.db, scenarioId);
    if (!scenario) throw notFoundScenario(scenarioId);
    requireBenefitSharingReader(caller, normaliseUnit(scenario.ownerUnit));
    return scenario;
  }

  private async views(agreements: BenefitSharingAgreement[], currentVersion = agreements[0]?.version): Promise<BenefitSharingView[]> {
    const ids = [...new Set(agreements.flatMap((a) => [a.pilotAssessmentId, a.valueAssessmentId]))];
    const outcomes = new Map((await this.outcomes.byIds(this.db, ids)).map((o) => [o.assessmentId, o]));
    return agreements.map((a) => ({
      ...a,
      current: a.version === currentVersion,
      pilotAssessment: outcomes.get(a.pilotAssessmentId) ?? null,
      valueAssessment: outcomes.get(a.valueAssessmentId) ?? null,
    }));
  }
}
