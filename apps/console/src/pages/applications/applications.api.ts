import { useEffect, useState } from 'react';
import { fetchAllPages } from '../../api/all-pages';
import { api } from '../../api/client';
import type { HistoryEntry } from '../../api/workflow';
import { defineMessages, type useLabel } from '../../i18n/i18n';

/** An application lifecycle instance as GET /api/workflow/instances and /applications/:id show it. */
export interface ApplicationInstance {
  id: string;
  machineId: string;
  subjectId: string;
  subject: { kind: string; applicationId: string; scenarioId: string; applicantId: string; domainCode: string; district: string | null; responsibleUnits: string[]; ownerUnit?: string };
  stage: string;
  version: number;
  snapshot: { context: { deadlines?: Record<string, string>; revisionReason?: string | null; rejectionReason?: string | null; objections?: string[]; withdrawnBy?: string | null } };
  allowedEvents: string[];
  acceptedEvents?: string[];
  createdAt: string;
  updatedAt: string;
  history?: HistoryEntry[];
}

export interface ScenarioSummary {
  id: string;
  title: { zh?: string; en?: string };
  domainCode: string;
  ownerUnit: string;
  district?: string | null;
  stage: string | null;
}

export interface DeadlineView {
  deadlineId: string;
  deadline: string;
  stage: string;
  dueAt: string;
  status: 'active' | 'cancelled';
  reachedAt: string | null;
}

const MAX_PAGES = 10;

/** Every page of a workflow instance listing (keyset pagination), up to MAX_PAGES × 200 rows. */
export async function listAll<T>(query: Record<string, string>, signal?: AbortSignal): Promise<T[]> {
  return (await fetchAllPages<T>('/api/workflow/instances', query, { maxPages: MAX_PAGES, signal })).items;
}

const scenarioCache = new Map<string, Promise<ScenarioSummary | null>>();

/** The registry's scenario (for its name), cached for the session; null when the registry does not know it (yet). */
export function scenarioSummary(id: string): Promise<ScenarioSummary | null> {
  let found = scenarioCache.get(id);
  if (!found) {
    found = api<ScenarioSummary>(`/api/scenarios/${id}`).catch(() => {
      scenarioCache.delete(id);
      return null;
    });
    scenarioCache.set(id, found);
  }
  return found;
}

/** Scenario id → summary for the ids given. */
export function useScenarios(ids: string[]): Map<string, ScenarioSummary> {
  const key = [...new Set(ids)].sort().join(',');
  const [found, setFound] = useState<Map<string, ScenarioSummary>>(new Map());
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    void Promise.all(wanted.map(async (id) => [id, await scenarioSummary(id)] as const)).then((pairs) => {
      if (live) setFound(new Map(pairs.filter((pair): pair is readonly [string, ScenarioSummary] => pair[1] !== null)));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return found;
}

/** The application machine's events people and the platform send, in both languages. */
export const eventMessages = defineMessages({
  zh: {
    start: '创建申报',
    submit: '提交申报',
    startScreening: '开始形式审查',
    returnForRevision: '退回补正',
    resubmit: '补正后重新提交',
    passScreening: '形式审查通过',
    approveByUnit: '责任单位审核通过',
    rejectByUnit: '责任单位不予通过',
    raiseObjection: '登记公示异议',
    withdraw: '撤回申报',
    'assessment.finalized': '专家评审结论',
    'deadline.reached': '期限届满',
  },
  en: {
    start: 'Application created',
    submit: 'Submit application',
    startScreening: 'Start formal screening',
    returnForRevision: 'Return for revision',
    resubmit: 'Resubmit with revisions',
    passScreening: 'Pass screening',
    approveByUnit: 'Approve (responsible unit)',
    rejectByUnit: 'Reject (responsible unit)',
    raiseObjection: 'Record an objection',
    withdraw: 'Withdraw application',
    'assessment.finalized': 'Expert review decision',
    'deadline.reached': 'Deadline reached',
  },
});

export type EventKey = keyof typeof eventMessages.zh;

export function isEventKey(type: string): type is EventKey {
  return Object.hasOwn(eventMessages.zh, type);
}

/** The active deadline of an instance (revision, public notice), as the notification service planned it. */
export function activeDeadlines(deadlines: DeadlineView[] | undefined): DeadlineView[] {
  return (deadlines ?? []).filter((d) => d.status === 'active' && !d.reachedAt);
}

export function formatDate(value: string, language: 'zh' | 'en'): string {
  return new Date(value).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function scenarioName(scenario: ScenarioSummary | undefined, id: string, label: ReturnType<typeof useLabel>, unnamed: string): string {
  return scenario ? label(scenario.title, unnamed) : unnamed.replace('{id}', id.slice(0, 8));
}
