import type { LifecycleRunner } from '@scq/platform-lifecycle';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import type { AssessmentRepository } from './ports/assessment.repository.port';
import type { EvaluatorPoolRepository } from './ports/evaluator-pool.repository.port';
import type { OrganisationNames } from './ports/organisation-names.port';
import type { SubjectPartyRepository } from './ports/subject-party.repository.port';

/** What the evaluation use cases work with: the service's database and lifecycle engine, its outbox, and its repositories. */
export interface EvaluationDeps {
  db: Database;
  runner: LifecycleRunner;
  publisher: EventPublisher;
  assessments: AssessmentRepository;
  pool: EvaluatorPoolRepository;
  parties: SubjectPartyRepository;
  /** The directory's organisation names (a read model of `identity.organisation.changed`). */
  organisationNames: OrganisationNames;
  clock: () => Date;
}
