/**
 * Where a session lives: ONLY on the server. The browser holds an opaque random id; this store
 * maps the id's keyed hash (session/session-key.ts: the store never holds a usable id) to what the
 * server trusts (who, which role, since when, last seen when).
 *
 * Two deadlines, both decided here against the injected clock on every load:
 * - idle: `lastSeenAt + SESSION_IDLE_TIMEOUT_SECONDS`, slid forward by every authenticated request;
 * - absolute: `createdAt + SESSION_ABSOLUTE_TIMEOUT_SECONDS`, which sliding never extends, so a
 *   stolen id that is kept busy still dies (OWASP: "the session should be invalidated after a fixed
 *   period regardless of activity").
 *
 * `touch` is the authenticated request's only store call: it loads the entry, checks both deadlines
 * and slides the idle one in ONE operation (one Redis round trip).
 *
 * This file holds the interface and the rules every store shares. Two implement it: the in-memory
 * store (memory-session-store.ts, the default: one process, nothing to install) and
 * `createRedisSessionStore` (redis-session-store.ts), needed as soon as more than one instance
 * serves the API — or any other store that implements `SessionStore`.
 *
 * Teaches: a session lives only on the server, with an idle and an absolute deadline.
 *
 * Flow step ids: session.auth.load-session (touch), session.login.store-session (save),
 * session.logout.destroy-session (destroy), session.revoke.destroy-user-sessions.
 * Reference: OWASP Session Management Cheat Sheet, "Session Expiration" (idle and absolute
 * timeouts) and "Session ID Properties"; ASVS 5.0 V7.3 (session timeout).
 */
import type { Role } from '@authlab/users/users-repository';

/**
 * What the server keeps per session. Times are epoch milliseconds from the injected clock.
 * `email`, `name` and `role` are the public user as of login: GET /me answers from them without a
 * database query. They cannot go stale while the session lives: nothing changes a user's email,
 * name or role, and disabling a user or changing their password ends their sessions.
 */
export interface SessionRecord {
  userId: number;
  email: string;
  name: string;
  role: Role;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionTimeouts {
  idleTimeoutSeconds: number;
  absoluteTimeoutSeconds: number;
}

export type TouchResult =
  | { status: 'active'; session: SessionRecord }
  | { status: 'missing' }
  | { status: 'expired' };

export interface StoredSession {
  key: string;
  session: SessionRecord;
  ttlSeconds: number;
}

export type SessionStoreKind = 'memory' | 'redis';

/** Every `key` is a store key (`DeriveStoreKey` of a session id), never the id from the cookie. */
export interface SessionStore {
  readonly kind: SessionStoreKind;
  /** Loads a session, refuses it past either deadline (and deletes it), else slides its idle deadline. */
  touch(key: string): Promise<TouchResult>;
  save(key: string, session: SessionRecord): Promise<void>;
  destroy(key: string): Promise<void>;
  /** Ends every session of a user at once; answers how many were live. */
  destroyUserSessions(userId: number): Promise<number>;
  /** For the development lab view only: at most `limit` live entries. */
  list(limit: number): Promise<StoredSession[]>;
  /** For GET /healthz: can the store answer right now? */
  ping(): Promise<boolean>;
}

/** Checks data handed back by koa-session before it reaches the store. */
export function toSessionRecord(data: Record<string, unknown>): SessionRecord {
  const { userId, email, name, role, createdAt, lastSeenAt } = data;
  if (
    typeof userId !== 'number' ||
    typeof email !== 'string' ||
    typeof name !== 'string' ||
    (role !== 'admin' && role !== 'user') ||
    typeof createdAt !== 'number' ||
    typeof lastSeenAt !== 'number'
  ) {
    throw new TypeError('Refusing to store a session without userId, email, name, role and times.');
  }
  return { userId, email, name, role, createdAt, lastSeenAt };
}

export interface SessionDeadlines {
  idleExpiresAt: number;
  absoluteExpiresAt: number;
  /** The earlier of the two: when the session ends if nothing happens. */
  expiresAt: number;
}

export function findSessionDeadlines(
  session: SessionRecord,
  timeouts: SessionTimeouts,
): SessionDeadlines {
  const idleExpiresAt = session.lastSeenAt + timeouts.idleTimeoutSeconds * 1000;
  const absoluteExpiresAt = session.createdAt + timeouts.absoluteTimeoutSeconds * 1000;
  return {
    idleExpiresAt,
    absoluteExpiresAt,
    expiresAt: Math.min(idleExpiresAt, absoluteExpiresAt),
  };
}

export function secondsUntil(deadlineMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((deadlineMs - nowMs) / 1000));
}
