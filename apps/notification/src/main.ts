import './tracing';
import { NOTIFICATION_SERVICE, notificationEnvSchema, NotificationModule, notificationOptionsFromEnv } from '@scq/notification-infrastructure';
import { platformEnvSchema, productionDatabaseFromEnv, runProcess } from '@scq/platform-runtime';

void runProcess({
  name: NOTIFICATION_SERVICE,
  defaultPort: 3004,
  environment: platformEnvSchema.extend(notificationEnvSchema.shape),
  // Production keeps its state in PostgreSQL: no URL, no start (the embedded host alone runs on PGlite).
  modules: (env) => [NotificationModule.register({ ...notificationOptionsFromEnv(env), database: productionDatabaseFromEnv(NOTIFICATION_SERVICE, env) })],
});
