/**
 * The Redis revocation store's key names, and the bounded read of its state for the lab view.
 *
 * Teaches: Redis has no "list my keys" that is safe on a busy server; `SCAN` walks the keyspace in
 * small steps without blocking it, and the lab view stops after a bounded number of steps and
 * entries, however many users are logged in.
 *
 * Flow step ids: none (development lab view only).
 * Reference: Redis docs, SCAN ("guarantees", COUNT) and pipelining.
 */
import type { Redis } from 'ioredis';
import type {
  BoundedList,
  CredentialFloor,
  DeniedToken,
  RefreshDelivery,
  RefreshFamily,
  RevocationState,
} from './revocation-store.ts';

export const MAX_SCAN_ROUNDS = 20;

export const deniedKey = (jti: string) => `denied:${jti}`;
export const familyKey = (familyId: string) => `family:${familyId}`;
export const floorKey = (userId: number | string) => `credential-floor:${userId}`;

export function toFamily(id: string, hash: Record<string, string>): RefreshFamily | null {
  if (hash.current_jti === undefined) return null;
  return {
    id,
    userId: Number(hash.user_id),
    currentJti: hash.current_jti,
    rotations: Number(hash.rotations),
    delivery: hash.delivery as RefreshDelivery,
    createdAtMs: Number(hash.created_at),
    expiresAtMs: Number(hash.expires_at),
    revokedReason: hash.revoked_reason
      ? (hash.revoked_reason as RefreshFamily['revokedReason'])
      : null,
  };
}

/** Up to `limit + 1` keys (without the client prefix) whose names start with `kind`. */
async function scanKeys(redis: Redis, kind: string, limit: number): Promise<string[]> {
  // SCAN patterns are not prefixed by ioredis, and the keys it returns carry the prefix.
  const keyPrefix = redis.options.keyPrefix ?? '';
  const keys: string[] = [];
  let cursor = '0';
  for (let round = 0; round < MAX_SCAN_ROUNDS && keys.length <= limit; round += 1) {
    const [next, found] = await redis.scan(cursor, 'MATCH', `${keyPrefix}${kind}*`, 'COUNT', 100);
    keys.push(...found.map((key) => key.slice(keyPrefix.length)));
    cursor = next;
    if (cursor === '0') break;
  }
  return keys.slice(0, limit + 1);
}

function bounded<T>(entries: T[], limit: number): BoundedList<T> {
  return { entries: entries.slice(0, limit), truncated: entries.length > limit };
}

async function readDenylist(redis: Redis, limit: number): Promise<BoundedList<DeniedToken>> {
  const keys = await scanKeys(redis, deniedKey(''), limit);
  const expiries = keys.length === 0 ? [] : await redis.mget(keys);
  const entries = keys.map((key, index) => ({
    jti: key.slice(deniedKey('').length),
    expiresAtMs: Number(expiries[index]),
  }));
  return bounded(entries, limit);
}

async function readFamilies(
  redis: Redis,
  nowMs: number,
  limit: number,
): Promise<BoundedList<RefreshFamily>> {
  const keys = await scanKeys(redis, familyKey(''), limit);
  const pipeline = redis.pipeline();
  for (const key of keys) pipeline.hgetall(key);
  const replies = keys.length === 0 ? [] : ((await pipeline.exec()) ?? []);
  const families: RefreshFamily[] = [];
  replies.forEach(([error, hash], index) => {
    const key = keys[index];
    if (error !== null || key === undefined) return;
    const family = toFamily(key.slice(familyKey('').length), hash as Record<string, string>);
    if (family !== null && family.expiresAtMs > nowMs) families.push(family);
  });
  return bounded(families, limit);
}

async function readFloors(
  redis: Redis,
  nowMs: number,
  limit: number,
): Promise<BoundedList<CredentialFloor>> {
  const keys = await scanKeys(redis, floorKey(''), limit);
  const pipeline = redis.pipeline();
  for (const key of keys) pipeline.get(key).pttl(key);
  const replies = keys.length === 0 ? [] : ((await pipeline.exec()) ?? []);
  const floors: CredentialFloor[] = [];
  keys.forEach((key, index) => {
    const [versionError, version] = replies[index * 2] ?? [];
    const [ttlError, ttlMs] = replies[index * 2 + 1] ?? [];
    if (versionError || ttlError || typeof version !== 'string') return;
    floors.push({
      userId: Number(key.slice(floorKey('').length)),
      credentialVersion: Number(version),
      expiresAtMs: nowMs + Number(ttlMs),
    });
  });
  return bounded(floors, limit);
}

export async function describeRedisRevocationState(
  redis: Redis,
  nowMs: number,
  limit: number,
): Promise<RevocationState> {
  return {
    denylist: await readDenylist(redis, limit),
    families: await readFamilies(redis, nowMs, limit),
    credentialFloors: await readFloors(redis, nowMs, limit),
    epochMs: null,
  };
}
