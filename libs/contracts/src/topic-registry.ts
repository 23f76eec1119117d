import type { z } from 'zod';
import { messageDeadLetteredV1 } from './events/platform/message-dead-lettered.v1';
import { supplierCreditChangedV1 } from './events/registry/supplier-credit-changed.v1';
import { scenarioProfileChangedV1, scenarioRegisteredV1 } from './events/registry/scenario-registered.v1';
import { batchListPublishedV1 } from './events/registry/batch-list-published.v1';
import { matchmakingAgreementRecordedV1, opportunityPublishedV1 } from './events/registry/scenario-market.v1';
import { employmentRiskBreachedV1 } from './events/registry/employment-risk-breached.v1';
import { registryDeadlineCancelledV1, registryDeadlineRequestedV1 } from './events/registry/registry-deadline.v1';
import { assessmentFinalizedV1 } from './events/evaluation/assessment-finalized.v1';
import { assessmentPanelChangedV1 } from './events/evaluation/assessment-panel-changed.v1';
import { evaluatorRemovedV1 } from './events/evaluation/evaluator-removed.v1';
import { evaluationDeadlineCancelledV1, evaluationDeadlineRequestedV1 } from './events/evaluation/deadline-requested.v1';
import { organisationChangedV1 } from './events/identity/organisation-changed.v1';
import { deadlineReachedV1 } from './events/notification/deadline-reached.v1';
import { escalationRaisedV1 } from './events/notification/escalation-raised.v1';
import { reminderDispatchedV1 } from './events/notification/reminder-dispatched.v1';
import { applicationStageChangedV1 } from './events/workflow/application-stage-changed.v1';
import { assessmentRequestedV1 } from './events/workflow/assessment-requested.v1';
import { deadlineCancelledV1, deadlineRequestedV1 } from './events/workflow/deadline-requested.v1';
import { sandboxIndicatorBreachedV1 } from './events/workflow/sandbox-indicator-breached.v1';
import { scenarioStageChangedV1 } from './events/workflow/scenario-stage-changed.v1';
import { consortiumChangedV1 } from './events/workflow/consortium-changed.v1';

interface EventDefinition {
  schemaVersion: number;
  schema: z.ZodType;
}

interface TopicDefinition {
  /** What the Kafka key is: the aggregate id, so one aggregate's events stay in order. */
  key: string;
  events: Record<string, EventDefinition>;
}

/**
 * The ONE registry of topics: each versioned topic, the event types it carries and each type's schema.
 * Publishers and handlers are typed from it; both sides validate against it at runtime.
 */
export const topicRegistry = {
  'registry.scenario.v1': {
    key: 'scenarioId',
    events: {
      'registry.scenario.registered': { schemaVersion: 1, schema: scenarioRegisteredV1 },
      'registry.scenario.profile-changed': { schemaVersion: 1, schema: scenarioProfileChangedV1 },
      'registry.scenario.opportunity-published': { schemaVersion: 1, schema: opportunityPublishedV1 },
      'registry.scenario.agreement-recorded': { schemaVersion: 1, schema: matchmakingAgreementRecordedV1 },
      'registry.scenario.employment-risk-breached': { schemaVersion: 1, schema: employmentRiskBreachedV1 },
    },
  },
  'registry.batch-list.v1': {
    key: 'number',
    events: {
      'registry.batch-list.published': { schemaVersion: 1, schema: batchListPublishedV1 },
    },
  },
  'workflow.scenario.v1': {
    key: 'scenarioId',
    events: {
      'workflow.scenario.stage-changed': { schemaVersion: 1, schema: scenarioStageChangedV1 },
      'workflow.scenario.sandbox-indicator-breached': { schemaVersion: 1, schema: sandboxIndicatorBreachedV1 },
    },
  },
  'workflow.application.v1': {
    key: 'applicationId',
    events: {
      'workflow.application.stage-changed': { schemaVersion: 1, schema: applicationStageChangedV1 },
    },
  },
  'workflow.deadline.v1': {
    key: 'instanceId',
    events: {
      'workflow.deadline.requested': { schemaVersion: 1, schema: deadlineRequestedV1 },
      'workflow.deadline.cancelled': { schemaVersion: 1, schema: deadlineCancelledV1 },
    },
  },
  'workflow.assessment.v1': {
    key: 'subject.id',
    events: {
      'workflow.assessment.requested': { schemaVersion: 1, schema: assessmentRequestedV1 },
    },
  },
  'notification.deadline.v1': {
    key: 'instanceId',
    events: {
      'notification.deadline.reached': { schemaVersion: 1, schema: deadlineReachedV1 },
      'notification.reminder.dispatched': { schemaVersion: 1, schema: reminderDispatchedV1 },
      'notification.escalation.raised': { schemaVersion: 1, schema: escalationRaisedV1 },
    },
  },
  'evaluation.assessment.v1': {
    key: 'subject.id',
    events: {
      'evaluation.assessment.finalized': { schemaVersion: 1, schema: assessmentFinalizedV1 },
      'evaluation.assessment.panel-changed': { schemaVersion: 1, schema: assessmentPanelChangedV1 },
      'evaluation.assessment.evaluator-removed': { schemaVersion: 1, schema: evaluatorRemovedV1 },
    },
  },
  'evaluation.deadline.v1': {
    key: 'instanceId',
    events: {
      'evaluation.deadline.requested': { schemaVersion: 1, schema: evaluationDeadlineRequestedV1 },
      'evaluation.deadline.cancelled': { schemaVersion: 1, schema: evaluationDeadlineCancelledV1 },
    },
  },
  'identity.organisation.v1': {
    key: 'organisationId',
    events: {
      'identity.organisation.changed': { schemaVersion: 1, schema: organisationChangedV1 },
    },
  },
  'registry.deadline.v1': {
    key: 'instanceId',
    events: {
      'registry.deadline.requested': { schemaVersion: 1, schema: registryDeadlineRequestedV1 },
      'registry.deadline.cancelled': { schemaVersion: 1, schema: registryDeadlineCancelledV1 },
    },
  },
  'platform.dead-letter.v1': {
    key: 'consumer',
    events: {
      'platform.message.dead-lettered': { schemaVersion: 1, schema: messageDeadLetteredV1 },
    },
  },
  'registry.supplier.v1': {
    key: 'organisation',
    events: {
      'registry.supplier.credit-changed': { schemaVersion: 1, schema: supplierCreditChangedV1 },
    },
  },
  'workflow.consortium.v1': {
    key: 'consortiumId',
    events: {
      'workflow.consortium.changed': { schemaVersion: 1, schema: consortiumChangedV1 },
    },
  },
} as const satisfies Record<string, TopicDefinition>;

type Registry = typeof topicRegistry;
export type TopicName = keyof Registry;
export type EventTypeOf<T extends TopicName> = keyof Registry[T]['events'] & string;
export type EventDataOf<T extends TopicName, E extends EventTypeOf<T>> = Registry[T]['events'][E] extends { schema: infer S extends z.ZodType }
  ? z.infer<S>
  : never;

export const topicNames = Object.keys(topicRegistry) as TopicName[];

export function isTopicName(name: string): name is TopicName {
  return Object.prototype.hasOwnProperty.call(topicRegistry, name);
}

export function eventDefinition(topic: string, type: string): EventDefinition | undefined {
  if (!isTopicName(topic)) return undefined;
  const events: Record<string, EventDefinition> = topicRegistry[topic].events;
  return Object.prototype.hasOwnProperty.call(events, type) ? events[type] : undefined;
}
