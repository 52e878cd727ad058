/**
 * Redis helpers for this package's own tests, on top of src/testing/redis.ts (key prefixes,
 * clean-up) that the API suites share.
 */
import { createLogger } from '../../src/logger.ts';

export const silentLogger = createLogger({ level: 'silent', name: 'test' });

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
