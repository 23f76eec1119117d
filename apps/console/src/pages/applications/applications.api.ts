import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchAllPages, type ItemOf } from '../../api/all-pages';
import { answer, http, type Schema } from '../../api/client';
import { useLoadQuery, type Loaded } from '../../api/queries';
import type { paths } from '../../api/schema.gen';
import type { useLabel } from '../../i18n/i18n';
import { eventMessages } from './applications.messages';
import { beijingTime } from '../../ui/beijing-time';

/** An application lifecycle instance as GET /api/workflow/instances lists it. */
export type ApplicationInstance = ItemOf<'/api/workflow/instances'>;
/** One application as GET /api/workflow/applications/:id shows it (with its history and the events it accepts). */
export type ApplicationView = Schema<'WorkflowInstanceView'>;
export type ApplicationContext = Schema<'WorkflowApplicationContext'>;
export type ScenarioSummary = Schema<'Scenario'>;
export type DeadlineView = Schema<'Deadline'>;
type InstanceQuery = NonNullable<paths['/api/workflow/instances']['get']['parameters']['query']>;

const MAX_PAGES = 10;

/** Every page of a workflow instance listing (keyset pagination), up to MAX_PAGES × 200 rows. */
export async function listAll(query: InstanceQuery, signal?: AbortSignal): Promise<ApplicationInstance[]> {
  return (await fetchAllPages('/api/workflow/instances', { params: { query } }, { maxPages: MAX_PAGES, signal })).items;
}

/** The application's own context (reasons, objections, who withdrew); null for a scenario lifecycle's. */
/** An application still in progress or approved: the server refuses a second one to the same scenario (409 DUPLICATE). */
export function isLive(stage: string): boolean {
  return stage !== 'withdrawn' && stage !== 'rejected';
}

export function applicationContext(instance: ApplicationInstance): ApplicationContext | null {
  const { context } = instance.snapshot;
  return 'withdrawnBy' in context ? context : null;
}

/**
 * The registry's scenario (for its name), cached for the session in the query cache under the key `useApiQuery`
 * gives GET /api/scenarios/:id; null when the registry does not know it (yet): asked again next time.
 */
export async function scenarioSummary(client: QueryClient, id: string): Promise<ScenarioSummary | null> {
  const request = { params: { path: { id } } };
  try {
    return await client.fetchQuery({
      queryKey: ['/api/scenarios/{id}', request],
      queryFn: ({ signal }) => answer(http.GET('/api/scenarios/{id}', { ...request, signal })),
      staleTime: Infinity,
    });
  } catch {
    return null;
  }
}

const NO_SCENARIOS = new Map<string, ScenarioSummary>();

/** Scenario id → summary for the ids given. */
export function useScenarios(ids: string[]): Map<string, ScenarioSummary> {
  const client = useQueryClient();
  const wanted = [...new Set(ids)].sort();
  const found = useLoadQuery(['scenario-summaries', ...wanted], async () => {
    const pairs = await Promise.all(wanted.map(async (id) => [id, await scenarioSummary(client, id)] as const));
    return new Map(pairs.filter((pair): pair is readonly [string, ScenarioSummary] => pair[1] !== null));
  });
  return found.data ?? NO_SCENARIOS;
}

/** The deadlines of an instance (loaded again at each new version), only fetched when its context says one is armed. */
export function useDeadlines(instance: ApplicationInstance | undefined): Loaded<DeadlineView[]> {
  const armed = instance ? Object.keys(instance.snapshot.context.deadlines).length > 0 : false;
  return useLoadQuery(instance && armed ? ['/api/notifications/deadlines', instance.id, instance.version] : null, async (signal) => {
    const list = await answer(http.GET('/api/notifications/deadlines', { params: { query: { instance: instance?.id ?? '' } }, signal }));
    return list.items;
  });
}

export type EventKey = keyof typeof eventMessages.zh;

export function isEventKey(type: string): type is EventKey {
  return Object.hasOwn(eventMessages.zh, type);
}

/** The active deadline of an instance (revision, public notice), as the notification service planned it. */
export function activeDeadlines(deadlines: DeadlineView[] | undefined): DeadlineView[] {
  return (deadlines ?? []).filter((d) => d.status === 'active' && !d.reachedAt);
}

export function formatDate(value: string, language: 'zh' | 'en'): string {
  return beijingTime(value, language);
}

export function scenarioName(scenario: ScenarioSummary | undefined, id: string, label: ReturnType<typeof useLabel>, unnamed: string): string {
  return scenario ? label(scenario.title, unnamed) : unnamed.replace('{id}', id.slice(0, 8));
}
