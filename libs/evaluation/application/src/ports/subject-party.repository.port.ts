import type { SqlExecutor } from '@scq/platform-persistence';

/** Who a scenario or application involves, learned from the registry's and the workflow's events (for conflict checks). */
export interface SubjectParties {
  scenario: { scenarioId: string; ownerUnit: string; domainCode: string } | null;
  application: { applicationId: string; scenarioId: string; applicantId: string } | null;
}

export const SUBJECT_PARTY_REPOSITORY = Symbol('SUBJECT_PARTY_REPOSITORY');

export interface SubjectPartyRepository {
  recordScenario(tx: SqlExecutor, scenario: { scenarioId: string; ownerUnit: string; domainCode: string }, at: string): Promise<void>;
  recordApplication(tx: SqlExecutor, application: { applicationId: string; scenarioId: string; applicantId: string }, at: string): Promise<void>;
  /** The scenario (for an application: its scenario too) and the application, as far as known. */
  partiesOf(db: SqlExecutor, subject: { kind: 'scenario' | 'application'; id: string }): Promise<SubjectParties>;
}
