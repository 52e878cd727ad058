/**
 * The revocation store in Redis: one denylist and one set of refresh families for every instance,
 * surviving restarts. Keys (under the client's REDIS_KEY_PREFIX):
 *
 *   denied:<jti>          "<exp ms>"  PX = the token's remaining life
 *   family:<fid>          hash {user_id, current_jti, rotations, delivery, created_at, expires_at,
 *                         revoked_reason}  PX = until the family's absolute end
 *   credential-floor:<user id>  "<version>"  PX = ACCESS_TOKEN_TTL_SECONDS + 5 s; only raised
 *
 * FAIL-CLOSED ON DATA LOSS: the family record is an ALLOWLIST. An access token is accepted only
 * while the family named by its `fid` is on record and not revoked, so a Redis that restarts
 * empty, is flushed or fails over to an empty replica knows no family and refuses every token
 * (everyone logs in again — exactly what a lost session store does). "No record" never reads as
 * "not revoked". Partial loss is another matter: an eviction policy that drops keys with a TTL
 * could drop a floor alone, so run this store with `maxmemory-policy noeviction` and persistence
 * (AOF, replicas) in production (docs/revocation.md).
 *
 * Round trips: checking an access token is ONE script (EXISTS denied, HGET family, GET floor); a
 * refresh is one HGETALL (verify) plus one script (rotate); logout one SET plus one script;
 * revoking a user's tokens one script (raise the floor). The compare-and-set of the current `jti`
 * is a Lua script, which Redis runs atomically: of several concurrent refreshes with one token,
 * exactly one sees its `jti` as current.
 *
 * Expiry decisions use the app's clock (stored timestamps); the TTLs only let Redis forget what no
 * longer matters. Any connection failure becomes 503 `store_unavailable` (withStore): the API FAILS
 * CLOSED — a token whose denylist entry could not be checked is never accepted.
 *
 * Flow step ids: as revocation-store.ts.
 * Reference: Redis docs, "Scripting with Lua" (atomicity), EXISTS, SET PX, "Key eviction"; RFC 9700
 * §4.14.2; OWASP Error Handling Cheat Sheet (fail securely).
 */
import type { Clock } from '@authlab/http/clock';
import { withStore } from '@authlab/http/redis';
import type { ClientContext, Redis, Result } from 'ioredis';
import { CLOCK_TOLERANCE_SECONDS } from '../tokens/token-claims.ts';
import {
  deniedKey,
  describeRedisRevocationState,
  familyKey,
  floorKey,
  toFamily,
} from './redis-revocation-state.ts';
import type { RevocationStore, RevokedReason, RotateOutcome } from './revocation-store.ts';

// KEYS: denied jti, family, credential floor. ARGV: the token's credential version. 1 = refuse.
// An unknown family (never created, ended, or LOST with the store's data) refuses the token.
const CHECK_ACCESS_TOKEN_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 1 end
local reason = redis.call('HGET', KEYS[2], 'revoked_reason')
if not reason or reason ~= '' then return 1 end
local floor = tonumber(redis.call('GET', KEYS[3]))
if floor ~= nil and tonumber(ARGV[1]) < floor then return 1 end
return 0`;

// KEYS: family. ARGV: presented jti, next jti.
const ROTATE_FAMILY_SCRIPT = `
local current = redis.call('HGET', KEYS[1], 'current_jti')
if not current then return 'missing' end
local reason = redis.call('HGET', KEYS[1], 'revoked_reason')
if reason ~= '' or current ~= ARGV[1] then
  if reason == '' then redis.call('HSET', KEYS[1], 'revoked_reason', 'reuse') end
  return 'reused'
end
redis.call('HSET', KEYS[1], 'current_jti', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'rotations', 1)
return 'rotated'`;

// KEYS: family. ARGV: reason. The first reason stays; an unknown family stays unknown (refused).
const REVOKE_FAMILY_SCRIPT = `
if redis.call('HGET', KEYS[1], 'revoked_reason') == '' then
  redis.call('HSET', KEYS[1], 'revoked_reason', ARGV[1])
end
return 1`;

// KEYS: credential floor. ARGV: version, TTL (ms). Raise only: of two concurrent bumps, the
// higher version wins whatever order they arrive in.
const RAISE_FLOOR_SCRIPT = `
local current = tonumber(redis.call('GET', KEYS[1]))
if current == nil or current < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
return 1`;

declare module 'ioredis' {
  interface RedisCommander<Context extends ClientContext = { type: 'default' }> {
    checkAccessToken(
      deniedKey: string,
      familyKey: string,
      floorKey: string,
      credentialVersion: number,
    ): Result<number, Context>;
    rotateFamily(
      familyKey: string,
      presentedJti: string,
      nextJti: string,
    ): Result<RotateOutcome, Context>;
    revokeFamily(familyKey: string, reason: RevokedReason): Result<number, Context>;
    raiseCredentialFloor(
      floorKey: string,
      credentialVersion: number,
      ttlMs: number,
    ): Result<number, Context>;
  }
}

export interface RedisRevocationStoreOptions {
  clock: Clock;
  accessTokenTtlSeconds: number;
}

export function createRedisRevocationStore(
  redis: Redis,
  options: RedisRevocationStoreOptions,
): RevocationStore {
  const { clock } = options;
  const floorTtlMs = (options.accessTokenTtlSeconds + CLOCK_TOLERANCE_SECONDS) * 1000;
  // EVALSHA with a fallback to EVAL: the script body crosses the network once, not per request.
  redis.defineCommand('checkAccessToken', { numberOfKeys: 3, lua: CHECK_ACCESS_TOKEN_SCRIPT });
  redis.defineCommand('rotateFamily', { numberOfKeys: 1, lua: ROTATE_FAMILY_SCRIPT });
  redis.defineCommand('revokeFamily', { numberOfKeys: 1, lua: REVOKE_FAMILY_SCRIPT });
  redis.defineCommand('raiseCredentialFloor', { numberOfKeys: 1, lua: RAISE_FLOOR_SCRIPT });
  return {
    kind: 'redis',
    failClosedRule: 'family-record',
    isAccessTokenRevoked: (token) =>
      withStore(
        async () =>
          (await redis.checkAccessToken(
            deniedKey(token.jti),
            familyKey(token.familyId),
            floorKey(token.userId),
            token.credentialVersion,
          )) === 1,
      ),
    revokeTokensBefore: (userId, credentialVersion) =>
      withStore(async () => {
        await redis.raiseCredentialFloor(floorKey(userId), credentialVersion, floorTtlMs);
      }),
    denyAccessToken: (jti, expiresAtMs) =>
      withStore(async () => {
        const ttlMs = Math.ceil(expiresAtMs - clock.now());
        if (ttlMs > 0) await redis.set(deniedKey(jti), String(expiresAtMs), 'PX', ttlMs);
      }),
    createFamily: (family) =>
      withStore(async () => {
        const key = familyKey(family.id);
        await redis
          .multi()
          .hset(key, {
            user_id: family.userId,
            current_jti: family.currentJti,
            rotations: 0,
            delivery: family.delivery,
            created_at: family.createdAtMs,
            expires_at: family.expiresAtMs,
            revoked_reason: '',
          })
          .pexpire(key, Math.max(1, Math.ceil(family.expiresAtMs - clock.now())))
          .exec();
      }),
    findFamily: (familyId) =>
      withStore(async () => toFamily(familyId, await redis.hgetall(familyKey(familyId)))),
    rotateFamily: (familyId, presentedJti, nextJti) =>
      withStore(() => redis.rotateFamily(familyKey(familyId), presentedJti, nextJti)),
    revokeFamily: (familyId, reason) =>
      withStore(async () => {
        await redis.revokeFamily(familyKey(familyId), reason);
      }),
    describeState: (limit) =>
      withStore(() => describeRedisRevocationState(redis, clock.now(), limit)),
    ping: async () => {
      try {
        return (await withStore(() => redis.ping())) === 'PONG';
      } catch {
        return false;
      }
    },
  };
}
