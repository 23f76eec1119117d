import type { SqlExecutor } from '@scq/platform-persistence';
import type { AssessmentOutcome, BenefitSharingAgreement } from '@scq/registry-domain';

/** The registry's read model of scenario assessments' outcomes (`evaluation.assessment.finalized`; the evaluation service owns the truth). */
export interface AssessmentOutcomeRepository {
  /** Records an outcome once: a redelivery changes nothing. */
  record(tx: SqlExecutor, outcome: AssessmentOutcome): Promise<void>;
  outcomesOf(db: SqlExecutor, scenarioId: string): Promise<AssessmentOutcome[]>;
  byIds(db: SqlExecutor, assessmentIds: readonly string[]): Promise<AssessmentOutcome[]>;
}

/** Versions of benefit-sharing agreements: rows are only ever added (the table refuses changes). */
export interface BenefitSharingRepository {
  insert(tx: SqlExecutor, agreement: BenefitSharingAgreement): Promise<void>;
  /** Every version of a scenario's agreement, newest (current) first. */
  versionsOf(db: SqlExecutor, scenarioId: string): Promise<BenefitSharingAgreement[]>;
  version(db: SqlExecutor, scenarioId: string, version: number): Promise<BenefitSharingAgreement | null>;
}
