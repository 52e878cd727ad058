/**
 * Where a session lives: ONLY on the server. The browser holds an opaque random id; this store
 * maps the id to what the server trusts (who, which role, since when, last seen when).
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
 * This file holds the interface and the in-memory store (the default: one process, nothing to
 * install). Replace it with `createRedisSessionStore` (redis-session-store.ts) as soon as more than
 * one instance serves the API — or any other store that implements `SessionStore`.
 *
 * Step ids: session.auth.load-session (touch), session.login.store-session (save),
 * session.logout.destroy-session (destroy), session.revoke.destroy-user-sessions.
 * Reference: OWASP Session Management Cheat Sheet, "Session Expiration" (idle and absolute
 * timeouts) and "Session ID Properties"; ASVS 5.0 V7.3 (session timeout).
 */
import type { Clock } from '@authlab/http/clock';
import type { Role } from '@authlab/users/users-repository';

/** What the server keeps per session. Times are epoch milliseconds from the injected clock. */
export interface SessionRecord {
  userId: number;
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
  id: string;
  session: SessionRecord;
  ttlSeconds: number;
}

export type SessionStoreKind = 'memory' | 'redis';

export interface SessionStore {
  readonly kind: SessionStoreKind;
  /** Loads a session, refuses it past either deadline (and deletes it), else slides its idle deadline. */
  touch(id: string): Promise<TouchResult>;
  save(id: string, session: SessionRecord): Promise<void>;
  destroy(id: string): Promise<void>;
  /** Ends every session of a user at once; answers how many were live. */
  destroyUserSessions(userId: number): Promise<number>;
  /** For the development lab view only: at most `limit` live entries. */
  list(limit: number): Promise<StoredSession[]>;
  /** For GET /healthz: can the store answer right now? */
  ping(): Promise<boolean>;
}

/** Checks data handed back by koa-session before it reaches the store. */
export function toSessionRecord(data: Record<string, unknown>): SessionRecord {
  const { userId, name, role, createdAt, lastSeenAt } = data;
  if (
    typeof userId !== 'number' ||
    typeof name !== 'string' ||
    (role !== 'admin' && role !== 'user') ||
    typeof createdAt !== 'number' ||
    typeof lastSeenAt !== 'number'
  ) {
    throw new TypeError('Refusing to store a session without userId, name, role and times.');
  }
  return { userId, name, role, createdAt, lastSeenAt };
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

export const DEFAULT_MAX_MEMORY_SESSIONS = 10_000;

export interface MemorySessionStoreOptions extends SessionTimeouts {
  clock: Clock;
  /** Past this many entries the oldest session is dropped, so memory stays bounded. */
  maxEntries?: number;
}

/**
 * Sessions in this process's memory. They vanish on restart and are invisible to every other
 * instance: a second server behind a load balancer answers 401 to a cookie the first one issued.
 */
export function createMemorySessionStore(options: MemorySessionStoreOptions): SessionStore {
  const { clock } = options;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_MEMORY_SESSIONS;
  // A Map iterates in insertion order, so its first key is always the oldest session.
  const sessions = new Map<string, SessionRecord>();
  const idsByUser = new Map<number, Set<string>>();

  const isExpired = (session: SessionRecord, nowMs: number) =>
    nowMs >= findSessionDeadlines(session, options).expiresAt;

  const remove = (id: string) => {
    const session = sessions.get(id);
    if (session === undefined) return false;
    sessions.delete(id);
    const ids = idsByUser.get(session.userId);
    ids?.delete(id);
    if (ids?.size === 0) idsByUser.delete(session.userId);
    return true;
  };

  const removeExpired = (nowMs: number) => {
    for (const [id, session] of sessions) if (isExpired(session, nowMs)) remove(id);
  };

  return {
    kind: 'memory',
    async touch(id) {
      const session = sessions.get(id);
      if (session === undefined) return { status: 'missing' };
      const nowMs = clock.now();
      if (isExpired(session, nowMs)) {
        remove(id);
        return { status: 'expired' };
      }
      session.lastSeenAt = nowMs;
      return { status: 'active', session: { ...session } };
    },
    async save(id, session) {
      if (!sessions.has(id) && sessions.size >= maxEntries) {
        removeExpired(clock.now());
        // Still full: the oldest login goes first (logins are rate-limited and need a password).
        for (const oldest of sessions.keys()) {
          if (sessions.size < maxEntries) break;
          remove(oldest);
        }
      }
      sessions.set(id, { ...session });
      const ids = idsByUser.get(session.userId) ?? new Set<string>();
      ids.add(id);
      idsByUser.set(session.userId, ids);
    },
    async destroy(id) {
      remove(id);
    },
    async destroyUserSessions(userId) {
      const ids = [...(idsByUser.get(userId) ?? [])];
      const nowMs = clock.now();
      let ended = 0;
      for (const id of ids) {
        const session = sessions.get(id);
        if (session !== undefined && !isExpired(session, nowMs)) ended += 1;
        remove(id);
      }
      return ended;
    },
    async list(limit) {
      const nowMs = clock.now();
      // A read-only view: the lab must not change what the next request finds (an expired
      // session still reports `expired`, not `missing`).
      const live = [...sessions].filter(([, session]) => !isExpired(session, nowMs));
      return live.slice(0, limit).map(([id, session]) => ({
        id,
        session: { ...session },
        ttlSeconds: secondsUntil(findSessionDeadlines(session, options).expiresAt, nowMs),
      }));
    },
    async ping() {
      return true;
    },
  };
}
