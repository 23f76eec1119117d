import type { SqlExecutor } from '@scq/platform-persistence';
import type { AssessmentOutcomeRepository, BenefitSharingRepository } from '@scq/registry-application';
import type { AssessmentOutcome, BenefitParty, BenefitSharingAgreement } from '@scq/registry-domain';

interface OutcomeRow {
  assessment_id: string;
  scenario_id: string;
  purpose: AssessmentOutcome['purpose'];
  passed: boolean;
  explanation: string;
  finalized_at: Date;
}

const OUTCOME_COLUMNS = 'assessment_id, scenario_id, purpose, passed, explanation, finalized_at';

export class SqlAssessmentOutcomeRepository implements AssessmentOutcomeRepository {
  async record(tx: SqlExecutor, o: AssessmentOutcome): Promise<void> {
    await tx.query(
      `INSERT INTO registry.scenario_assessment_outcome (${OUTCOME_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (assessment_id) DO NOTHING`,
      [o.assessmentId, o.scenarioId, o.purpose, o.passed, o.explanation, o.finalizedAt],
    );
  }

  async outcomesOf(db: SqlExecutor, scenarioId: string): Promise<AssessmentOutcome[]> {
    const { rows } = await db.query<OutcomeRow>(`SELECT ${OUTCOME_COLUMNS} FROM registry.scenario_assessment_outcome WHERE scenario_id = $1 ORDER BY finalized_at, assessment_id`, [scenarioId]);
    return rows.map(toOutcome);
  }

  async byIds(db: SqlExecutor, ids: readonly string[]): Promise<AssessmentOutcome[]> {
    if (ids.length === 0) return [];
    const { rows } = await db.query<OutcomeRow>(`SELECT ${OUTCOME_COLUMNS} FROM registry.scenario_assessment_outcome WHERE assessment_id = ANY($1::uuid[])`, [[...ids]]);
    return rows.map(toOutcome);
  }
}

function toOutcome(row: OutcomeRow): AssessmentOutcome {
  return { assessmentId: row.assessment_id, scenarioId: row.scenario_id, purpose: row.purpose, passed: row.passed, explanation: row.explanation, finalizedAt: row.finalized_at };
}

interface AgreementRow {
  id: string;
  scenario_id: string;
  version: number;
  owner_unit: string;
  parties: BenefitParty[] | string;
  basis: string;
  effective_from: string;
  effective_to: string | null;
  pilot_assessment_id: string;
  value_assessment_id: string;
  amendment_reason: string | null;
  created_by: string;
  created_at: Date;
}

/** Dates come back as text: never through a local-midnight Date. */
const AGREEMENT_COLUMNS = `id, scenario_id, version, owner_unit, parties, basis, effective_from::text AS effective_from, effective_to::text AS effective_to,
  pilot_assessment_id, value_assessment_id, amendment_reason, created_by, created_at`;

export class SqlBenefitSharingRepository implements BenefitSharingRepository {
  async insert(tx: SqlExecutor, a: BenefitSharingAgreement): Promise<void> {
    await tx.query(
      `INSERT INTO registry.benefit_sharing_agreement (id, scenario_id, version, owner_unit, parties, share_total, basis, effective_from, effective_to,
         pilot_assessment_id, value_assessment_id, amendment_reason, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        a.id, a.scenarioId, a.version, a.ownerUnit, JSON.stringify(a.parties), a.parties.reduce((sum, p) => sum + p.shareBasisPoints, 0), a.basis, a.effectiveFrom,
        a.effectiveTo, a.pilotAssessmentId, a.valueAssessmentId, a.amendmentReason, a.createdBy, a.createdAt,
      ],
    );
  }

  async versionsOf(db: SqlExecutor, scenarioId: string): Promise<BenefitSharingAgreement[]> {
    const { rows } = await db.query<AgreementRow>(`SELECT ${AGREEMENT_COLUMNS} FROM registry.benefit_sharing_agreement WHERE scenario_id = $1 ORDER BY version DESC`, [scenarioId]);
    return rows.map(toAgreement);
  }

  async version(db: SqlExecutor, scenarioId: string, version: number): Promise<BenefitSharingAgreement | null> {
    const { rows } = await db.query<AgreementRow>(`SELECT ${AGREEMENT_COLUMNS} FROM registry.benefit_sharing_agreement WHERE scenario_id = $1 AND version = $2`, [scenarioId, version]);
    return rows[0] ? toAgreement(rows[0]) : null;
  }
}

function toAgreement(row: AgreementRow): BenefitSharingAgreement {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    version: row.version,
    ownerUnit: row.owner_unit,
    parties: typeof row.parties === 'string' ? JSON.parse(row.parties) : row.parties,
    basis: row.basis,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    pilotAssessmentId: row.pilot_assessment_id,
    valueAssessmentId: row.value_assessment_id,
    amendmentReason: row.amendment_reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
