/**
 * Shared Redis helpers. The Redis at REDIS_URL is shared with other suites running in parallel:
 * every test uses its own random key prefix and deletes only its own keys.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createLogger } from '../../src/logger.ts';

export const REDIS_URL = process.env.REDIS_URL;
export const silentLogger = createLogger({ level: 'silent', name: 'test' });

export function createKeyPrefix(): string {
  return `authlab-test:http:${randomBytes(6).toString('hex')}:`;
}

/** Deletes every key under `prefix` (the client must not have a keyPrefix of its own). */
export async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 100);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}

/** Retries `run` until it resolves (Redis reconnecting), failing after `attempts` tries. */
export async function eventually<T>(run: () => Promise<T>, attempts = 50): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw lastError;
}
