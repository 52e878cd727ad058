/**
 * Assertions and waiting for the fault suites: what "fail closed" looks like on the wire, and
 * how long recovery may take.
 *
 * Reference: RFC 9110 §15.6.4 (503) and §10.2.3 (Retry-After); redis.ts (withStore).
 */
import type { Response } from 'supertest';
import { expect } from 'vitest';

const POLL_INTERVAL_MS = 100;

/** 503 `store_unavailable` with `Retry-After`: refused, never served, never hung. */
export function expectUnavailable(response: Response): void {
  expect(response.status).toBe(503);
  expect(response.body.error.code).toBe('store_unavailable');
  expect(response.headers['retry-after']).toBe('1');
}

/** Calls `attempt` until `done` accepts its answer; fails after `timeoutMs`. */
export async function pollUntil<T>(
  attempt: () => Promise<T>,
  done: (answer: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await attempt();
    if (done(answer)) return answer;
    if (Date.now() > deadline) throw new Error(`Still not recovered after ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
