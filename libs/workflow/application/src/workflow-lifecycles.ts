import type { ApplicationParty } from '@scq/contracts';
import { LifecycleCatalog, xstateLifecycle, type RunnableLifecycle } from '@scq/platform-lifecycle';
import { isTaxonomyVersionId, responsibleUnits, type TaxonomyVersionId } from '@scq/taxonomy';
import { APPLICATION_LIFECYCLE, authorize, SCENARIO_LIFECYCLE, SCENARIO_LIFECYCLE_V2, type AuthorizationSubject, type LifecycleDefinition } from '@scq/workflow-domain';

/** What the engine knows about a scenario to authorise and list: its domain's responsible units, owner, district. */
export interface ScenarioSubject extends AuthorizationSubject {
  kind: 'scenario';
  scenarioId: string;
  domainCode: string;
  taxonomyVersion: string;
  district: string | null;
  /** The scenario's title as registered (instances started before titles were kept lack it). */
  title?: SubjectTitle;
}

/** A title as the registry wrote it (English optional). */
export interface SubjectTitle {
  zh: string;
  en?: string;
}

/** A consortium as an application names it: its name and every member with role and contribution, copied when the application is opened. */
export interface ApplicationConsortium {
  consortiumId: string;
  name: { zh: string; en?: string };
  members: Array<{ organisation: string; kind: string; role: 'lead' | 'member'; contribution: string }>;
}

/** An application for a scenario: the scenario's responsible units review it; the applicant acts on it. */
export interface ApplicationSubject extends AuthorizationSubject {
  kind: 'application';
  applicationId: string;
  scenarioId: string;
  domainCode: string;
  district: string | null;
  /** The organisations the application is from (the applicant's; a consortium's members later), told with every stage change
   * so the evaluation service checks conflicts of interest against them. Absent on applications opened before. */
  parties?: ApplicationParty[];
  /** The consortium the application is made by (场景创新联合体), as it was when the application was opened. */
  consortiumId?: string;
  consortium?: ApplicationConsortium;
  /** The scenario's title, copied when the application is opened (absent on applications opened before). */
  title?: SubjectTitle;
}

export type WorkflowSubject = ScenarioSubject | ApplicationSubject;

function runnable<S extends AuthorizationSubject>(definition: LifecycleDefinition): RunnableLifecycle<S> {
  return xstateLifecycle<S>({
    id: definition.id,
    version: definition.version,
    machine: definition.machine,
    authorize: (actor, eventType, subject) => authorize(definition, { ...actor, roles: actor.roles as never }, eventType, subject),
  });
}

export const scenarioLifecycle = runnable<ScenarioSubject>(SCENARIO_LIFECYCLE as unknown as LifecycleDefinition);
export const applicationLifecycle = runnable<ApplicationSubject>(APPLICATION_LIFECYCLE as unknown as LifecycleDefinition);

/** Version 2 of the scenario lifecycle (the sandbox re-review split by cause; see scenario-lifecycle-v2.machine.ts). */
export const scenarioLifecycleV2 = runnable<ScenarioSubject>(SCENARIO_LIFECYCLE_V2 as unknown as LifecycleDefinition);

export interface WorkflowCatalogOptions {
  /**
   * The newest scenario-lifecycle version this deployment carries (default 1; `SCENARIO_LIFECYCLE_VERSION` in the
   * environment). With 2, new scenarios start on version 2 and a lifecycle release moves the running ones.
   */
  scenarioVersion?: 1 | 2;
}

/** The scenario-lifecycle version the environment asks for (`SCENARIO_LIFECYCLE_VERSION=2`; anything else: 1). */
export function scenarioVersionFromEnv(env: NodeJS.ProcessEnv = process.env): 1 | 2 {
  return env.SCENARIO_LIFECYCLE_VERSION === '2' ? 2 : 1;
}

/** Every machine version the workflow runs (a new version is added here, beside the old; lifecycle releases move instances). */
export function workflowCatalog(options: WorkflowCatalogOptions = {}): LifecycleCatalog {
  const scenario = (options.scenarioVersion ?? 1) === 2 ? [scenarioLifecycle, scenarioLifecycleV2] : [scenarioLifecycle];
  return new LifecycleCatalog([...scenario, applicationLifecycle] as Array<RunnableLifecycle<never>>);
}

/** The units responsible for a domain, by their Chinese names as the plan writes them (unknown → none). */
export function responsibleUnitNames(taxonomyVersion: string, domainCode: string): string[] {
  if (!isTaxonomyVersionId(taxonomyVersion)) return [];
  try {
    return responsibleUnits(taxonomyVersion as TaxonomyVersionId, domainCode).map((unit) => unit.zhName);
  } catch {
    return [];
  }
}
