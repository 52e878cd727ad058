/**
 * The Redis session store's key names and record fields, and the bounded read of its sessions for
 * the lab view.
 *
 * Teaches: Redis has no "list my keys" that is safe on a busy server; `SCAN` walks the keyspace in
 * small steps without blocking it, and the lab view stops after a bounded number of steps and
 * entries, however many users are logged in.
 *
 * Flow step ids: none (development lab view only).
 * Reference: Redis docs, SCAN ("guarantees", COUNT) and pipelining.
 */
import type { Redis } from 'ioredis';
import {
  findSessionDeadlines,
  type SessionRecord,
  type SessionTimeouts,
  type StoredSession,
  secondsUntil,
} from './session-store.ts';

export const MAX_SCAN_ROUNDS = 20;

/** The fields of `session:<key>`, in the order `parseRecord` reads them. */
export const RECORD_FIELDS = [
  'userId',
  'email',
  'name',
  'role',
  'createdAt',
  'lastSeenAt',
] as const;

export function sessionKey(key: string): string {
  return `session:${key}`;
}

export function userIndexKey(userId: number): string {
  return `user:${userId}:sessions`;
}

export function parseRecord(values: readonly (string | null | undefined)[]): SessionRecord | null {
  const [userId, email, name, role, createdAt, lastSeenAt] = values;
  if (role !== 'admin' && role !== 'user') return null;
  if (typeof email !== 'string' || typeof name !== 'string') return null;
  const record = {
    userId: Number(userId),
    email,
    name,
    role,
    createdAt: Number(createdAt),
    lastSeenAt: Number(lastSeenAt),
  } satisfies SessionRecord;
  return Number.isSafeInteger(record.userId) &&
    Number.isFinite(record.createdAt) &&
    Number.isFinite(record.lastSeenAt)
    ? record
    : null;
}

/** Up to `limit` live sessions, by a bounded SCAN (the lab view; never on a request path). */
export async function readSessionList(
  redis: Redis,
  limit: number,
  timeouts: SessionTimeouts,
  now: number,
): Promise<StoredSession[]> {
  // SCAN patterns are not prefixed by ioredis, and the keys it returns carry the prefix.
  const keyPrefix = redis.options.keyPrefix ?? '';
  const keys: string[] = [];
  let cursor = '0';
  for (let round = 0; round < MAX_SCAN_ROUNDS && keys.length < limit; round += 1) {
    const [next, found] = await redis.scan(cursor, 'MATCH', `${keyPrefix}session:*`, 'COUNT', 100);
    keys.push(...found.map((key) => key.slice(keyPrefix.length)));
    cursor = next;
    if (cursor === '0') break;
  }
  const selected = keys.slice(0, limit);
  const pipeline = redis.pipeline();
  for (const key of selected) {
    pipeline.hmget(key, ...RECORD_FIELDS);
  }
  const replies = (await pipeline.exec()) ?? [];
  const sessions: StoredSession[] = [];
  replies.forEach(([error, values], index) => {
    const key = selected[index];
    if (error !== null || key === undefined || !Array.isArray(values)) return;
    const session = parseRecord(values);
    if (session === null) return;
    const { expiresAt } = findSessionDeadlines(session, timeouts);
    if (expiresAt <= now) return;
    sessions.push({
      key: key.slice('session:'.length),
      session,
      ttlSeconds: secondsUntil(expiresAt, now),
    });
  });
  return sessions;
}
