/**
 * Sessions in Redis: every instance of the API reads the same store, so any of them can serve a
 * user (the "shared session storage" the architecture section of the source documents asks for).
 *
 * Layout (under the client's key prefix; `<key>` is the keyed hash of a session id, never the id a
 * cookie carries — session/session-key.ts):
 * - `session:<key>` — a hash {userId, email, name, role, createdAt, lastSeenAt}; its Redis TTL is
 *   min(idle timeout, time left before the absolute deadline), so Redis itself forgets dead sessions;
 * - `user:<userId>:sessions` — the user's session keys, for "end every session of this user". A
 *   sorted set scored by each session's absolute deadline, so every login prunes the keys that
 *   cannot be alive any more (ZREMRANGEBYSCORE) instead of letting the index grow.
 *
 * Round trips: an authenticated request costs ONE (`touch`: a Lua script that loads the entry,
 * checks both deadlines against the app's clock, updates `lastSeenAt` and slides the TTL
 * atomically). Login costs one (MULTI), logout one (DEL), "end all sessions" two.
 *
 * Every call goes through `withStore`: an unreachable Redis is `StoreUnavailableError` (503), never
 * "no session" — failing closed (OWASP Error Handling Cheat Sheet, "fail securely").
 *
 * Teaches: several instances share sessions through one store, and fail closed when it is down.
 *
 * Flow step ids: session.auth.load-session, session.login.store-session, session.logout.destroy-session,
 * session.revoke.destroy-user-sessions.
 * Reference: OWASP Session Management Cheat Sheet, "Session Expiration"; Redis docs, "Scripting
 * with Lua" (scripts run atomically), EXPIRE, ZREMRANGEBYSCORE, SCAN.
 */
import type { Clock } from '@authlab/http/clock';
import { withStore } from '@authlab/http/redis';
import type { ClientContext, Redis, Result } from 'ioredis';
import { parseRecord, readSessionList, sessionKey, userIndexKey } from './redis-session-state.ts';
import { findSessionDeadlines, type SessionStore, type SessionTimeouts } from './session-store.ts';

declare module 'ioredis' {
  interface RedisCommander<Context extends ClientContext = { type: 'default' }> {
    touchSession(
      sessionKey: string,
      nowMs: number,
      idleTimeoutMs: number,
      absoluteTimeoutMs: number,
    ): Result<string[] | null, Context>;
  }
}

// Deadlines are checked against the app's clock (passed in as ARGV[1]), not Redis's, so tests and
// the lab clock can show expiry without waiting; the TTL stays a safety net for abandoned sessions.
const TOUCH_SESSION_SCRIPT = `
local fields = redis.call('HMGET', KEYS[1], 'userId', 'email', 'name', 'role', 'createdAt', 'lastSeenAt')
if not fields[1] then return false end
local now = tonumber(ARGV[1])
local idleDeadline = tonumber(fields[6]) + tonumber(ARGV[2])
local absoluteDeadline = tonumber(fields[5]) + tonumber(ARGV[3])
if now >= idleDeadline or now >= absoluteDeadline then
  redis.call('DEL', KEYS[1])
  return {'expired'}
end
redis.call('HSET', KEYS[1], 'lastSeenAt', ARGV[1])
redis.call('PEXPIRE', KEYS[1], math.min(tonumber(ARGV[2]), absoluteDeadline - now))
return {'active', fields[1], fields[2], fields[3], fields[4], fields[5], ARGV[1]}`;

export interface RedisSessionStoreOptions extends SessionTimeouts {
  clock: Clock;
}

export function createRedisSessionStore(
  redis: Redis,
  options: RedisSessionStoreOptions,
): SessionStore {
  const { clock } = options;
  const idleTimeoutMs = options.idleTimeoutSeconds * 1000;
  const absoluteTimeoutMs = options.absoluteTimeoutSeconds * 1000;
  // EVALSHA with a fallback to EVAL: the script body crosses the network once, not per request.
  redis.defineCommand('touchSession', { numberOfKeys: 1, lua: TOUCH_SESSION_SCRIPT });
  const nowMs = () => Math.floor(clock.now());

  return {
    kind: 'redis',
    touch: (key) =>
      withStore(async () => {
        const reply = await redis.touchSession(
          sessionKey(key),
          nowMs(),
          idleTimeoutMs,
          absoluteTimeoutMs,
        );
        if (reply === null) return { status: 'missing' };
        if (reply[0] === 'expired') return { status: 'expired' };
        const session = parseRecord(reply.slice(1));
        return session === null ? { status: 'missing' } : { status: 'active', session };
      }),

    save: (key, session) =>
      withStore(async () => {
        const { absoluteExpiresAt, expiresAt } = findSessionDeadlines(session, options);
        const now = nowMs();
        await redis
          .multi()
          .hset(sessionKey(key), {
            userId: session.userId,
            email: session.email,
            name: session.name,
            role: session.role,
            createdAt: session.createdAt,
            lastSeenAt: session.lastSeenAt,
          })
          .pexpire(sessionKey(key), Math.max(1, expiresAt - now))
          .zremrangebyscore(userIndexKey(session.userId), '-inf', now)
          .zadd(userIndexKey(session.userId), absoluteExpiresAt, key)
          .pexpire(userIndexKey(session.userId), absoluteTimeoutMs)
          .exec();
      }),

    destroy: (key) =>
      withStore(async () => {
        // The key may stay in its user's index until its deadline: harmless, it leads nowhere.
        await redis.del(sessionKey(key));
      }),

    destroyUserSessions: (userId) =>
      withStore(async () => {
        const keys = await redis.zrange(userIndexKey(userId), 0, '-1');
        if (keys.length === 0) return 0;
        // ZREM of exactly these keys (not DEL of the index): a login racing this call keeps its
        // entry. It happened after the revocation, with credentials that are valid at that time.
        const replies = await redis
          .multi()
          .del(...keys.map(sessionKey))
          .zrem(userIndexKey(userId), ...keys)
          .exec();
        const ended = replies?.[0]?.[1];
        return typeof ended === 'number' ? ended : 0;
      }),

    list: (limit) => withStore(() => readSessionList(redis, limit, options, nowMs())),

    async ping() {
      try {
        await redis.ping();
        return true;
      } catch {
        return false;
      }
    },
  };
}
