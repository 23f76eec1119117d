import { NOTIFICATION_SERVICE, NotificationModule, notificationOptionsFromEnv } from '@scq/notification-infrastructure';
import { runProcess } from '@scq/platform-runtime';

void runProcess({ name: NOTIFICATION_SERVICE, defaultPort: 3004, modules: (env) => [NotificationModule.register(notificationOptionsFromEnv(env))] });
