/**
 * Redis for the Redis configurations: find out whether one answers, and clean up after the run.
 *
 * The Redis server may be shared (CI, other test runs), so the benchmark only ever deletes keys
 * under its own run prefix — never FLUSHDB.
 */

import { createLogger } from '@authlab/http/logger';
import { createRedisClient } from '@authlab/http/redis';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const REDIS_READY_TIMEOUT_MS = 2_000;
const SCAN_BATCH_SIZE = 500;

type RedisClient = ReturnType<typeof createRedisClient>;

async function withRedis<T>(url: string, run: (redis: RedisClient) => Promise<T>): Promise<T> {
  const redis = createRedisClient(url, {
    logger: createLogger({ level: 'silent', name: 'bench' }),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no answer within ${REDIS_READY_TIMEOUT_MS} ms`)),
        REDIS_READY_TIMEOUT_MS,
      );
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
      // The client would retry forever; for a yes/no question the first refusal is the answer.
      redis.once('error', (error: Error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    return await run(redis);
  } finally {
    redis.disconnect();
  }
}

/** null when Redis at `url` answers PING, otherwise why not. */
export async function checkRedis(url: string): Promise<string | null> {
  try {
    const answer = await withRedis(url, (redis) => redis.ping());
    return answer === 'PONG' ? null : `unexpected PING answer ${answer}`;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Deletes every key starting with `prefix` (SCAN, not KEYS: it never blocks a shared server). */
export async function deleteKeysWithPrefix(url: string, prefix: string): Promise<number> {
  return withRedis(url, async (redis) => {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${prefix}*`,
        'COUNT',
        SCAN_BATCH_SIZE,
      );
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    return deleted;
  });
}

/** `redis://user:password@host:port` → `redis://host:port`: results files never carry a password. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '(unparseable URL)';
  }
}
