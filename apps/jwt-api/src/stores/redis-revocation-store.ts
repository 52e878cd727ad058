/**
 * The revocation store in Redis: one denylist and one set of refresh families for every instance,
 * surviving restarts. Keys (under the client's REDIS_KEY_PREFIX):
 *
 *   denied:<jti>          "<exp ms>"  PX = the token's remaining life
 *   revoked-family:<fid>  "<reason>"  PX = ACCESS_TOKEN_TTL_SECONDS + 5 s (no access token issued
 *                                     from the family outlives that)
 *   family:<fid>          hash {user_id, current_jti, rotations, delivery, created_at, expires_at,
 *                         revoked_reason}  PX = until the family's absolute end
 *   credential-floor:<user id>  "<version>"  PX = ACCESS_TOKEN_TTL_SECONDS + 5 s; only raised
 *
 * Round trips: checking an access token is ONE `MGET denied:<jti> revoked-family:<fid>
 * credential-floor:<sub>`; a refresh is one HGETALL (verify) plus one script (rotate); logout one
 * SET plus one script; revoking a user's tokens one script (raise the floor). The
 * compare-and-set of the current `jti` is a Lua script, which Redis runs atomically: of several
 * concurrent refreshes with one token, exactly one sees its `jti` as current.
 *
 * Expiry decisions use the app's clock (stored timestamps); the TTLs only let Redis forget what no
 * longer matters. Any connection failure becomes 503 `store_unavailable` (withStore): the API FAILS
 * CLOSED — a token whose denylist entry could not be checked is never accepted.
 *
 * Flow step ids: as revocation-store.ts.
 * Reference: Redis docs, "Scripting with Lua" (atomicity), EXISTS, SET PX, SCAN; RFC 9700 §4.14.2.
 */
import type { Clock } from '@authlab/http/clock';
import { withStore } from '@authlab/http/redis';
import type { ClientContext, Redis, Result } from 'ioredis';
import { CLOCK_TOLERANCE_SECONDS } from '../tokens/token-claims.ts';
import type {
  CredentialFloor,
  DeniedToken,
  RefreshDelivery,
  RefreshFamily,
  RevocationStore,
  RevokedReason,
  RotateOutcome,
} from './revocation-store.ts';

// KEYS: family, revoked-family marker. ARGV: presented jti, next jti, marker TTL (ms).
const ROTATE_FAMILY_SCRIPT = `
local current = redis.call('HGET', KEYS[1], 'current_jti')
if not current then return 'missing' end
local reason = redis.call('HGET', KEYS[1], 'revoked_reason')
if reason ~= '' or current ~= ARGV[1] then
  if reason == '' then redis.call('HSET', KEYS[1], 'revoked_reason', 'reuse') end
  redis.call('SET', KEYS[2], 'reuse', 'PX', ARGV[3])
  return 'reused'
end
redis.call('HSET', KEYS[1], 'current_jti', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'rotations', 1)
return 'rotated'`;

// KEYS: family, revoked-family marker. ARGV: reason, marker TTL (ms). The first reason stays.
const REVOKE_FAMILY_SCRIPT = `
if redis.call('HGET', KEYS[1], 'revoked_reason') == '' then
  redis.call('HSET', KEYS[1], 'revoked_reason', ARGV[1])
end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
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
    rotateFamily(
      familyKey: string,
      markerKey: string,
      presentedJti: string,
      nextJti: string,
      markerTtlMs: number,
    ): Result<RotateOutcome, Context>;
    revokeFamily(
      familyKey: string,
      markerKey: string,
      reason: RevokedReason,
      markerTtlMs: number,
    ): Result<number, Context>;
    raiseCredentialFloor(
      floorKey: string,
      credentialVersion: number,
      ttlMs: number,
    ): Result<number, Context>;
  }
}

export const MAX_SCAN_ROUNDS = 20;

export interface RedisRevocationStoreOptions {
  clock: Clock;
  accessTokenTtlSeconds: number;
}

const deniedKey = (jti: string) => `denied:${jti}`;
const markerKey = (familyId: string) => `revoked-family:${familyId}`;
const familyKey = (familyId: string) => `family:${familyId}`;
const floorKey = (userId: number | string) => `credential-floor:${userId}`;

function toFamily(id: string, hash: Record<string, string>): RefreshFamily | null {
  if (hash.current_jti === undefined) return null;
  return {
    id,
    userId: Number(hash.user_id),
    currentJti: hash.current_jti,
    rotations: Number(hash.rotations),
    delivery: hash.delivery as RefreshDelivery,
    createdAtMs: Number(hash.created_at),
    expiresAtMs: Number(hash.expires_at),
    revokedReason: hash.revoked_reason ? (hash.revoked_reason as RevokedReason) : null,
  };
}

export function createRedisRevocationStore(
  redis: Redis,
  options: RedisRevocationStoreOptions,
): RevocationStore {
  const { clock } = options;
  const markerTtlMs = (options.accessTokenTtlSeconds + CLOCK_TOLERANCE_SECONDS) * 1000;
  // EVALSHA with a fallback to EVAL: the script body crosses the network once, not per refresh.
  redis.defineCommand('rotateFamily', { numberOfKeys: 2, lua: ROTATE_FAMILY_SCRIPT });
  redis.defineCommand('revokeFamily', { numberOfKeys: 2, lua: REVOKE_FAMILY_SCRIPT });
  redis.defineCommand('raiseCredentialFloor', { numberOfKeys: 1, lua: RAISE_FLOOR_SCRIPT });
  // SCAN patterns are not prefixed by ioredis, and the keys it returns carry the prefix.
  const keyPrefix = redis.options.keyPrefix ?? '';

  /** Up to `limit` keys (without the client prefix) whose names start with `kind`. */
  const scanKeys = async (kind: string, limit: number): Promise<string[]> => {
    const keys: string[] = [];
    let cursor = '0';
    for (let round = 0; round < MAX_SCAN_ROUNDS && keys.length < limit; round += 1) {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${keyPrefix}${kind}*`, 'COUNT', 100);
      keys.push(...found.map((key) => key.slice(keyPrefix.length)));
      cursor = next;
      if (cursor === '0') break;
    }
    return keys.slice(0, limit);
  };

  return {
    kind: 'redis',
    isAccessTokenRevoked: (token) =>
      withStore(async () => {
        const [denied, revokedFamily, floor] = await redis.mget(
          deniedKey(token.jti),
          markerKey(token.familyId),
          floorKey(token.userId),
        );
        return (
          denied !== null ||
          revokedFamily !== null ||
          (floor !== null && floor !== undefined && token.credentialVersion < Number(floor))
        );
      }),
    revokeTokensBefore: (userId, credentialVersion) =>
      withStore(async () => {
        await redis.raiseCredentialFloor(floorKey(userId), credentialVersion, markerTtlMs);
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
      withStore(() =>
        redis.rotateFamily(
          familyKey(familyId),
          markerKey(familyId),
          presentedJti,
          nextJti,
          markerTtlMs,
        ),
      ),
    revokeFamily: (familyId, reason) =>
      withStore(async () => {
        await redis.revokeFamily(familyKey(familyId), markerKey(familyId), reason, markerTtlMs);
      }),
    describeState: (limit) =>
      withStore(async () => {
        const nowMs = clock.now();
        const deniedKeys = await scanKeys(deniedKey(''), limit);
        const expiries = deniedKeys.length === 0 ? [] : await redis.mget(deniedKeys);
        const denylist: DeniedToken[] = deniedKeys.map((key, index) => ({
          jti: key.slice(deniedKey('').length),
          expiresAtMs: Number(expiries[index]),
        }));
        const familyKeys = await scanKeys(familyKey(''), limit);
        const pipeline = redis.pipeline();
        for (const key of familyKeys) pipeline.hgetall(key);
        const replies = familyKeys.length === 0 ? [] : ((await pipeline.exec()) ?? []);
        const families: RefreshFamily[] = [];
        replies.forEach(([error, hash], index) => {
          const key = familyKeys[index];
          if (error !== null || key === undefined) return;
          const family = toFamily(key.slice(familyKey('').length), hash as Record<string, string>);
          if (family !== null && family.expiresAtMs > nowMs) families.push(family);
        });
        const floorKeys = await scanKeys(floorKey(''), limit);
        const floorPipeline = redis.pipeline();
        for (const key of floorKeys) floorPipeline.get(key).pttl(key);
        const floorReplies = floorKeys.length === 0 ? [] : ((await floorPipeline.exec()) ?? []);
        const credentialFloors: CredentialFloor[] = [];
        floorKeys.forEach((key, index) => {
          const [versionError, version] = floorReplies[index * 2] ?? [];
          const [ttlError, ttlMs] = floorReplies[index * 2 + 1] ?? [];
          if (versionError || ttlError || typeof version !== 'string') return;
          credentialFloors.push({
            userId: Number(key.slice(floorKey('').length)),
            credentialVersion: Number(version),
            expiresAtMs: nowMs + Number(ttlMs),
          });
        });
        return { denylist, families, credentialFloors };
      }),
    ping: async () => {
      try {
        return (await withStore(() => redis.ping())) === 'PONG';
      } catch {
        return false;
      }
    },
  };
}
