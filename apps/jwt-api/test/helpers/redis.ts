/**
 * Redis for tests: the shared server at REDIS_URL, with a unique key prefix per client so parallel
 * suites never see each other's keys; `cleanUp` deletes only this prefix (never FLUSHALL).
 */
import { randomBytes } from 'node:crypto';
import { createLogger } from '@authlab/http/logger';
import { createRedisClient } from '@authlab/http/redis';
import type { Redis } from 'ioredis';

export const REDIS_URL = process.env.REDIS_URL;

export interface TestRedis {
  readonly redis: Redis;
  readonly keyPrefix: string;
  cleanUp(): Promise<void>;
}

/**
 * `url` defaults to REDIS_URL; pass a TCP proxy's URL to cut the connection on purpose. Resolves
 * once connected: without an offline queue, a command sent earlier would fail at once.
 */
export async function createTestRedis(
  url = REDIS_URL,
  keyPrefix = newKeyPrefix(),
): Promise<TestRedis> {
  if (url === undefined) throw new Error('REDIS_URL is not set.');
  const redis = createRedisClient(url, {
    keyPrefix,
    logger: createLogger({ level: 'silent', name: 'redis-test' }),
  });
  await waitUntilReady(redis);
  return {
    redis,
    keyPrefix,
    async cleanUp() {
      await deleteKeysWithPrefix(keyPrefix);
      redis.disconnect();
    },
  };
}

export function newKeyPrefix(): string {
  return `authlab-test:jwt-api:${randomBytes(6).toString('hex')}:`;
}

/** Deletes every key under `keyPrefix`, through a fresh connection (the test's may be cut). */
export async function deleteKeysWithPrefix(keyPrefix: string): Promise<void> {
  if (REDIS_URL === undefined) return;
  const redis = createRedisClient(REDIS_URL, {
    logger: createLogger({ level: 'silent', name: 'redis-test' }),
  });
  try {
    await waitUntilReady(redis);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 200);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** `events.once` would reject on the first connection 'error'; a retry may still succeed. */
export function waitUntilReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => redis.once('ready', () => resolve()));
}
