import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';

/** Where the gateway counts requests: Redis (`REDIS_URL`) so every replica shares the counts, or this process's memory. */
export interface ThrottleStore {
  redisUrl?: string;
  /** Prepended to every key (`REDIS_PREFIX`, default `scq`). */
  redisPrefix?: string;
}

export function throttleStoreFromEnv(env: NodeJS.ProcessEnv = process.env): ThrottleStore {
  return env.REDIS_URL ? { redisUrl: env.REDIS_URL, redisPrefix: env.REDIS_PREFIX || 'scq' } : {};
}

/** The @nestjs/throttler storage for the store: the Redis storage shares limits across gateway replicas. */
export function throttlerStorageFor(store: ThrottleStore): ThrottlerStorage & { onModuleDestroy?: () => void } {
  if (!store.redisUrl) return new ThrottlerStorageService();
  // Given a URL, the Redis storage owns its connection and closes it when the module is destroyed.
  // Required only with Redis: the embedded mode and a gateway without REDIS_URL never load it and ioredis (~17 MiB resident).
  const { ThrottlerStorageRedisService } = require('@nest-lab/throttler-storage-redis') as typeof import('@nest-lab/throttler-storage-redis');
  return new ThrottlerStorageRedisService(store.redisUrl, { keyPrefix: `${store.redisPrefix ?? 'scq'}:throttle:`, maxRetriesPerRequest: 2 });
}
