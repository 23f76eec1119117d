import { DEFAULT_DELIVERY_RETRY, DEFAULT_REMINDER_POLICIES, type DeadlineCalculator, type DeliveryRetryPolicy, type ReminderPolicies } from '@scq/notification-domain';
import { coordinator, isTaxonomyVersionId, taxonomyVersions } from '@scq/taxonomy';

/** What the service is configured with (module options; the calculator is the working-day calendar in production). */
export interface NotificationSettings {
  calculator: DeadlineCalculator;
  policies: ReminderPolicies;
  deliveryRetry: DeliveryRetryPolicy;
  /** The taxonomy version whose coordinator is told when a subject's own version is not known (default: the newest). */
  taxonomyVersion: string;
  /** How long a reached deadline's notice waits for the lifecycle to say which stage it moved to (default 2 minutes). */
  dueNoticeWaitMs: number;
}

export const DEFAULT_DUE_NOTICE_WAIT_MS = 120_000;

export function notificationSettings(input: Partial<NotificationSettings> & { calculator: DeadlineCalculator }): NotificationSettings {
  const versions = taxonomyVersions();
  return {
    calculator: input.calculator,
    policies: input.policies ?? DEFAULT_REMINDER_POLICIES,
    deliveryRetry: input.deliveryRetry ?? DEFAULT_DELIVERY_RETRY,
    taxonomyVersion: input.taxonomyVersion ?? versions[versions.length - 1],
    dueNoticeWaitMs: input.dueNoticeWaitMs ?? DEFAULT_DUE_NOTICE_WAIT_MS,
  };
}

/** 市发展改革委: the coordinator of the subject's taxonomy version, or of the configured one. */
export function coordinatorUnit(settings: NotificationSettings, taxonomyVersion: string | null): string {
  return coordinator(taxonomyVersion && isTaxonomyVersionId(taxonomyVersion) ? taxonomyVersion : settings.taxonomyVersion).unit;
}
