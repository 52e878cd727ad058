/**
 * What every API test app starts from, so the two suites run under the same conditions: a frozen
 * clock at a fixed instant (expiry is asserted by moving it, never by sleeping) and the
 * environment of a quiet test instance with the lab view on.
 */
import { randomBytes } from 'node:crypto';
import { createManualClock, type ManualClock } from '../clock.ts';

/** Monday 5 January 2026, 09:00 UTC: every test app's clock starts here. */
export const TEST_START_MS = Date.UTC(2026, 0, 5, 9, 0, 0);

export function createTestClock(): ManualClock {
  return createManualClock(TEST_START_MS);
}

/**
 * NODE_ENV=test, no log lines, the lab view on (its routes are under test too) and a fresh
 * INSTANCE_ID. The API adds its secret; a test adds its own variables on top.
 */
export function createTestEnv(): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    LAB_ENABLED: 'true',
    INSTANCE_ID: `test-${randomBytes(2).toString('hex')}`,
  };
}
