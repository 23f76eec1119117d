import type { SqlExecutor } from '@scq/platform-persistence';

/** Who a scenario or application involves, learned from the registry's and the workflow's events (for conflict checks). */
export interface SubjectParties {
  scenario: { scenarioId: string; ownerUnit: string; domainCode: string } | null;
  /** `organisations`: the applicant's and (consortia) members', as the workflow told them; empty when never told. */
  application: { applicationId: string; scenarioId: string; applicantId: string; organisations: string[] } | null;
}

/** An application as an event tells it; `organisations` undefined: the event did not say (it predates them). */
export interface ApplicationParties {
  applicationId: string;
  scenarioId: string;
  applicantId: string;
  organisations?: string[];
}

export const SUBJECT_PARTY_REPOSITORY = Symbol('SUBJECT_PARTY_REPOSITORY');

export interface SubjectPartyRepository {
  recordScenario(tx: SqlExecutor, scenario: { scenarioId: string; ownerUnit: string; domainCode: string }, at: string): Promise<void>;
  /** Keeps the application; organisations told replace those known (an event that does not tell them changes nothing). */
  recordApplication(tx: SqlExecutor, application: ApplicationParties, at: string): Promise<void>;
  /** The scenario (for an application: its scenario too) and the application, as far as known. */
  partiesOf(db: SqlExecutor, subject: { kind: 'scenario' | 'application'; id: string }): Promise<SubjectParties>;
}
