import { envField, serviceDatabaseEnv } from '@scq/platform-runtime';
import { z } from 'zod';
import { NOTIFICATION_SERVICE } from './notification.module';

/** The variables the notification service reads beyond the platform's (docs/notification.md). */
export const notificationEnvSchema = z
  .object({
    SMTP_URL: envField.smtpUrl(),
    SMTP_FROM: envField.text(),
    NOTIFICATION_POLICIES_FILE: envField.text(),
    CALENDAR_DIR: envField.text(),
    WEBHOOK_ALLOWED_NETWORKS: envField.text(),
    NOTIFICATION_DEMO_WORKING_DAY_MS: envField.wholeNumber('a whole number of milliseconds'),
  })
  .extend(serviceDatabaseEnv(NOTIFICATION_SERVICE).shape);
