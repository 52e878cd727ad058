/**
 * The in-memory session store, the default: one process, nothing to install. A `Map` from store
 * key to session, plus each user's keys so that "end every session of this user" (a password
 * change, an admin disabling the account) does not scan every session. Bounded: past
 * `maxEntries` the expired sessions go first, then the oldest login.
 *
 * Teaches: what "server-side state" means in its simplest form — and its limit: the sessions live
 * in THIS process, so a restart forgets them and a second instance never sees them.
 *
 * Flow step ids: session.auth.load-session (touch), session.login.store-session (save),
 * session.logout.destroy-session (destroy), session.revoke.destroy-user-sessions.
 * Reference: OWASP Session Management Cheat Sheet, "Session Expiration"; docs/architecture.md.
 */
import type { Clock } from '@authlab/http/clock';
import {
  findSessionDeadlines,
  type SessionRecord,
  type SessionStore,
  type SessionTimeouts,
  secondsUntil,
} from './session-store.ts';

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
  const keysByUser = new Map<number, Set<string>>();

  const isExpired = (session: SessionRecord, nowMs: number) =>
    nowMs >= findSessionDeadlines(session, options).expiresAt;

  const remove = (key: string) => {
    const session = sessions.get(key);
    if (session === undefined) return false;
    sessions.delete(key);
    const keys = keysByUser.get(session.userId);
    keys?.delete(key);
    if (keys?.size === 0) keysByUser.delete(session.userId);
    return true;
  };

  const removeExpired = (nowMs: number) => {
    for (const [key, session] of sessions) if (isExpired(session, nowMs)) remove(key);
  };

  return {
    kind: 'memory',
    async touch(key) {
      const session = sessions.get(key);
      if (session === undefined) return { status: 'missing' };
      const nowMs = clock.now();
      if (isExpired(session, nowMs)) {
        remove(key);
        return { status: 'expired' };
      }
      session.lastSeenAt = nowMs;
      return { status: 'active', session: { ...session } };
    },
    async save(key, session) {
      if (!sessions.has(key) && sessions.size >= maxEntries) {
        removeExpired(clock.now());
        // Still full: the oldest login goes first (logins are rate-limited and need a password).
        for (const oldest of sessions.keys()) {
          if (sessions.size < maxEntries) break;
          remove(oldest);
        }
      }
      sessions.set(key, { ...session });
      const keys = keysByUser.get(session.userId) ?? new Set<string>();
      keys.add(key);
      keysByUser.set(session.userId, keys);
    },
    async destroy(key) {
      remove(key);
    },
    async destroyUserSessions(userId) {
      const keys = [...(keysByUser.get(userId) ?? [])];
      const nowMs = clock.now();
      let ended = 0;
      for (const key of keys) {
        const session = sessions.get(key);
        if (session !== undefined && !isExpired(session, nowMs)) ended += 1;
        remove(key);
      }
      return ended;
    },
    async list(limit) {
      const nowMs = clock.now();
      // A read-only view: the lab must not change what the next request finds (an expired
      // session still reports `expired`, not `missing`).
      const live = [...sessions].filter(([, session]) => !isExpired(session, nowMs));
      return live.slice(0, limit).map(([key, session]) => ({
        key,
        session: { ...session },
        ttlSeconds: secondsUntil(findSessionDeadlines(session, options).expiresAt, nowMs),
      }));
    },
    async ping() {
      return true;
    },
  };
}
