import { NOTIFICATION_SERVICE, NotificationModule } from '@scq/notification-infrastructure';
import { databaseLocationFromEnv } from '@scq/platform-persistence';
import { runProcess } from '@scq/platform-runtime';

void runProcess({ name: NOTIFICATION_SERVICE, defaultPort: 3004, modules: (env) => [NotificationModule.register({ database: databaseLocationFromEnv(NOTIFICATION_SERVICE, env), redisUrl: env.REDIS_URL || undefined, redisPrefix: env.REDIS_PREFIX || undefined })] });
