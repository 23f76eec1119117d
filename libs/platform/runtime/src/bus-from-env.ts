import { InProcessMessageBus, KafkaMessageBus, type MessageBus } from '@scq/platform-messaging';
import type { Logger } from '@scq/platform-observability';

/** `KAFKA_BROKERS` set → Kafka (each service its own process); otherwise the in-process bus of the embedded mode. */
export function busFromEnv(clientId: string, logger: Logger, env: NodeJS.ProcessEnv = process.env): MessageBus {
  const brokers = env.KAFKA_BROKERS?.split(',').map((b) => b.trim()).filter(Boolean);
  if (!brokers?.length) return new InProcessMessageBus();
  return new KafkaMessageBus({
    brokers,
    clientId,
    prefix: env.KAFKA_TOPIC_PREFIX ?? '',
    ...(env.KAFKA_MAX_WAIT_MS ? { maxWaitTimeInMs: Number(env.KAFKA_MAX_WAIT_MS) } : {}),
    log: (level, message) => logger[level]({ component: 'kafka' }, message),
  });
}
