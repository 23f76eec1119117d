import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';

export interface RegistryPublication {
  topic: TopicName;
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

/**
 * What the registry publishes when a batch list holding a recognised scenario is published, then the scenario's first
 * opportunity: delivered to the workflow, the scenario is listed (入清单), then open (开放). For tests of one service
 * that stand in for the registry; the end-to-end tests publish a real list and a real opportunity.
 */
export function listedAndOpened(scenarioId: string, at = new Date()): RegistryPublication[] {
  const number = `渝场景〔${at.getUTCFullYear()}〕${randomUUID().slice(0, 8)}号`;
  return [
    {
      topic: 'registry.batch-list.v1',
      type: 'registry.batch-list.published',
      subject: number,
      data: { listId: randomUUID(), number, revision: 1, revisionOf: null, reason: null, scenarioIds: [scenarioId], added: [scenarioId], removed: [], publishedBy: 'coordinator-1', publishedAt: at.toISOString() },
    },
    {
      topic: 'registry.scenario.v1',
      type: 'registry.scenario.opportunity-published',
      subject: scenarioId,
      data: { scenarioId, opportunityId: randomUUID(), publishedOn: at.toISOString().slice(0, 10), publishedBy: 'officer-1', at: at.toISOString() },
    },
  ];
}
