/**
 * Redis for tests: the shared server at REDIS_URL, with a unique key prefix per test so suites
 * running in parallel (other packages' too) never see each other's keys. `cleanUp` deletes only
 * that prefix — never FLUSHALL or FLUSHDB on a server others are using.
 *
 * Suites that need Redis run with `describe.runIf(REDIS_URL)`, so they are skipped, not failed,
 * where no Redis is available.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createLogger } from '../logger.ts';
import { createRedisClient, waitForRedisReady } from '../redis.ts';

export const REDIS_URL = process.env.REDIS_URL;
/** Generous: the machine is shared, and a slow first connection is not what a test is about. */
export const TEST_REDIS_READY_TIMEOUT_MS = 5000;
const SCAN_BATCH_SIZE = 200;

export interface TestRedis {
  readonly redis: Redis;
  readonly keyPrefix: string;
  cleanUp(): Promise<void>;
}

/** `authlab-test:<suite>:<12 hex>:` — unique per call; `suite` tells whose leftovers they are. */
export function createKeyPrefix(suite: string): string {
  return `authlab-test:${suite}:${randomBytes(6).toString('hex')}:`;
}

/**
 * A client whose every key starts with `keyPrefix`. `url` is REDIS_URL, or a TCP proxy's URL to
 * cut the connection on purpose. Resolves once connected: without an offline queue, a command
 * sent earlier would fail at once.
 */
export async function createTestRedis(
  url: string | undefined,
  keyPrefix: string,
): Promise<TestRedis> {
  if (url === undefined) throw new Error('REDIS_URL is not set.');
  const redis = createRedisClient(url, { keyPrefix, logger: silentRedisLogger() });
  await waitForRedisReady(redis, TEST_REDIS_READY_TIMEOUT_MS);
  return {
    redis,
    keyPrefix,
    async cleanUp() {
      await deleteKeysWithPrefix(keyPrefix);
      redis.disconnect();
    },
  };
}

/** Deletes every key under `keyPrefix`, through a fresh connection (the test's may be cut). */
export async function deleteKeysWithPrefix(keyPrefix: string): Promise<void> {
  if (REDIS_URL === undefined) return;
  const redis = createRedisClient(REDIS_URL, { logger: silentRedisLogger() });
  try {
    await waitForRedisReady(redis, TEST_REDIS_READY_TIMEOUT_MS);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${keyPrefix}*`,
        'COUNT',
        SCAN_BATCH_SIZE,
      );
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Outages are what the Redis tests cause on purpose: no warning lines in the test output. */
function silentRedisLogger() {
  return createLogger({ level: 'silent', name: 'redis-test' });
}
