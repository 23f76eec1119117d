import type { RecordSubjectHandler } from '@scq/notification-application';
import type { ServiceMessaging } from '@scq/platform-messaging';

export const SCENARIO_REGISTERED_CONSUMER = 'notification.scenario-registered';
export const APPLICATION_STAGE_CONSUMER = 'notification.application-stage-changed';

/** Titles and applicants for the messages: `registry.scenario.registered` and `workflow.application.stage-changed`. */
export class SubjectDirectoryConsumer {
  constructor(private readonly handler: RecordSubjectHandler) {}

  register(messaging: ServiceMessaging): void {
    messaging.consumer(SCENARIO_REGISTERED_CONSUMER).on('registry.scenario.v1', 'registry.scenario.registered', (event, tx) => this.handler.scenarioRegistered(tx, event.data));
    messaging.consumer(APPLICATION_STAGE_CONSUMER).on('workflow.application.v1', 'workflow.application.stage-changed', (event, tx) => this.handler.applicationStageChanged(tx, event.data));
  }
}
