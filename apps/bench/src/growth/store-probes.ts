/**
 * Fills the APIs' stores the way logins and logouts would, without the HTTP and scrypt in front
 * (100 000 logins would take hours on purpose): a session as session-api saves it at login, and a
 * denylisted `jti` as jwt-api's logout writes it. This is the one file of the bench that uses the
 * stores' modules directly rather than the APIs' public entry; if the stores' interfaces change,
 * only this file follows.
 *
 * Reference: OWASP Session Management Cheat Sheet, "Session ID Properties" (256-bit ids).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '@authlab/http/clock';
import type { createRedisClient } from '@authlab/http/redis';
import { createMemoryRevocationStore } from '@authlab/jwt-api/stores/memory-revocation-store';
import { createRedisRevocationStore } from '@authlab/jwt-api/stores/redis-revocation-store';
import type { RevocationStore } from '@authlab/jwt-api/stores/revocation-store';
import { createMemorySessionStore } from '@authlab/session-api/stores/memory-session-store';
import { createRedisSessionStore } from '@authlab/session-api/stores/redis-session-store';
import type { SessionStore } from '@authlab/session-api/stores/session-store';

type Redis = ReturnType<typeof createRedisClient>;

/** The APIs' defaults: 30 min idle, 8 h absolute, 15 min access tokens. */
export const SESSION_TIMEOUTS = Object.freeze({
  idleTimeoutSeconds: 30 * 60,
  absoluteTimeoutSeconds: 8 * 60 * 60,
});
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** Writes in flight at once when filling Redis: enough to hide the round trip. */
const WRITE_BATCH = 2_000;

/**
 * `maxEntries` raises the memory store's cap (DEFAULT_MAX_MEMORY_SESSIONS) so that the cost per
 * session can be measured past it; at the cap the store scans its entries on every new login.
 */
export function createSessionStore(
  clock: Clock,
  redis: Redis | null,
  maxEntries?: number,
): SessionStore {
  return redis === null
    ? createMemorySessionStore({
        clock,
        ...SESSION_TIMEOUTS,
        ...(maxEntries === undefined ? {} : { maxEntries }),
      })
    : createRedisSessionStore(redis, { clock, ...SESSION_TIMEOUTS });
}

export function createRevocationStore(clock: Clock, redis: Redis | null): RevocationStore {
  const options = { clock, accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS };
  return redis === null
    ? createMemoryRevocationStore(options)
    : createRedisRevocationStore(redis, options);
}

async function inBatches(count: number, write: () => Promise<void>): Promise<void> {
  for (let done = 0; done < count; done += WRITE_BATCH) {
    const size = Math.min(WRITE_BATCH, count - done);
    await Promise.all(Array.from({ length: size }, write));
  }
}

/** `count` logins of the demo user, each with its own 256-bit store key. */
export function fillSessions(store: SessionStore, clock: Clock, count: number): Promise<void> {
  const nowMs = clock.now();
  const session = {
    userId: 42,
    email: 'john@example.com',
    name: 'John Doe',
    role: 'admin' as const,
  };
  return inBatches(count, () =>
    store.save(randomBytes(32).toString('base64url'), {
      ...session,
      createdAt: nowMs,
      lastSeenAt: nowMs,
    }),
  );
}

/** `count` logouts: each denylists one access token's `jti` until the token's `exp`. */
export function fillDenylist(store: RevocationStore, clock: Clock, count: number): Promise<void> {
  const expiresAtMs = clock.now() + ACCESS_TOKEN_TTL_SECONDS * 1000;
  return inBatches(count, () => store.denyAccessToken(randomUUID(), expiresAtMs));
}

export async function countLiveDenied(store: RevocationStore, limit: number): Promise<number> {
  return (await store.describeState(limit)).denylist.entries.length;
}

export async function countLiveSessions(store: SessionStore, limit: number): Promise<number> {
  return (await store.list(limit)).length;
}
