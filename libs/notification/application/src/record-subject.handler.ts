import type { ApplicationStageChangedV1, ScenarioProfileChangedV1, ScenarioRegisteredV1 } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { SubjectDirectory } from './notification.ports';

/**
 * What messages say about their subject, learnt from other services' events (this service never reads their
 * tables): a scenario's title and taxonomy version, an application's scenario, applicant and applicant's organisation.
 */
export class RecordSubjectHandler {
  constructor(private readonly subjects: SubjectDirectory) {}

  scenarioRegistered(tx: SqlExecutor, event: ScenarioRegisteredV1): Promise<void> {
    return this.subjects.recordScenario(tx, { scenarioId: event.scenarioId, title: event.title, taxonomyVersion: event.taxonomyVersion });
  }

  /** A title edited before recognition: later messages use the new one. */
  scenarioProfileChanged(tx: SqlExecutor, event: ScenarioProfileChangedV1): Promise<void> {
    return this.subjects.recordScenario(tx, { scenarioId: event.scenarioId, title: event.title, taxonomyVersion: event.taxonomyVersion });
  }

  applicationStageChanged(tx: SqlExecutor, event: ApplicationStageChangedV1): Promise<void> {
    const applicantOrganisation = event.parties?.find((party) => party.role === 'applicant')?.organisation ?? null;
    return this.subjects.recordApplication(tx, { applicationId: event.applicationId, scenarioId: event.scenarioId, applicantId: event.applicantId, applicantOrganisation });
  }
}
