import './tracing';
import { NOTIFICATION_SERVICE, notificationEnvSchema, NotificationModule, notificationOptionsFromEnv } from '@scq/notification-infrastructure';
import { platformEnvSchema, runProcess } from '@scq/platform-runtime';

void runProcess({
  name: NOTIFICATION_SERVICE,
  defaultPort: 3004,
  environment: platformEnvSchema.extend(notificationEnvSchema.shape),
  modules: (env) => [NotificationModule.register(notificationOptionsFromEnv(env))],
});
