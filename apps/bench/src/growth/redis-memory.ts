/**
 * Memory per entry in Redis, read from `INFO memory` (`used_memory`) before and after filling the
 * stores. On a PRIVATE redis-server started on a free port for the purpose: the shared Redis holds
 * other people's keys, so its `used_memory` would count them, and the bench may empty its own
 * server between sizes (FLUSHDB) without touching anybody's data.
 *
 * Reference: Redis documentation, `INFO` ("used_memory"), `PTTL`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { systemClock } from '@authlab/http/clock';
import { createLogger } from '@authlab/http/logger';
import { createRedisClient, waitForRedisReady } from '@authlab/http/redis';
import { findFreePort } from '../child-server.ts';
import { checkRedis } from '../redis-check.ts';
import type { DenylistPoint, StoreMemoryPoint } from './growth-types.ts';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  createRevocationStore,
  createSessionStore,
  fillDenylist,
  fillSessions,
} from './store-probes.ts';

const REDIS_START_ATTEMPTS = 50;
const REDIS_START_POLL_MS = 100;
const SCAN_BATCH_SIZE = 1000;

type Redis = ReturnType<typeof createRedisClient>;

async function startPrivateRedis(): Promise<{ url: string; process: ChildProcess }> {
  const port = await findFreePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < REDIS_START_ATTEMPTS; attempt += 1) {
    if ((await checkRedis(url)) === null) return { url, process: child };
    await sleep(REDIS_START_POLL_MS);
  }
  child.kill();
  throw new Error('the private redis-server did not answer');
}

async function usedMemory(redis: Redis): Promise<number> {
  const match = /used_memory:(\d+)/.exec(await redis.info('memory'));
  if (match === null) throw new Error('INFO memory has no used_memory');
  return Number(match[1]);
}

/** Keys that would outlive one access-token lifetime (no TTL, or a longer one). */
async function countUnboundedKeys(redis: Redis): Promise<number> {
  let unbounded = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', 'denied:*', 'COUNT', SCAN_BATCH_SIZE);
    cursor = next;
    const pipeline = redis.pipeline();
    for (const key of keys) pipeline.pttl(key);
    for (const [, ttl] of (await pipeline.exec()) ?? []) {
      if (typeof ttl !== 'number' || ttl < 0 || ttl > ACCESS_TOKEN_TTL_SECONDS * 1000)
        unbounded += 1;
    }
  } while (cursor !== '0');
  return unbounded;
}

export interface RedisGrowth {
  readonly sessions: StoreMemoryPoint[];
  readonly denylist: DenylistPoint[];
}

export async function measureRedisGrowth(
  sessionCounts: readonly number[],
  logoutCounts: readonly number[],
): Promise<RedisGrowth> {
  const server = await startPrivateRedis();
  const redis = createRedisClient(server.url, {
    logger: createLogger({ level: 'silent', name: 'bench' }),
    commandTimeoutMs: 10_000,
  });
  try {
    await waitForRedisReady(redis);
    const sessions: StoreMemoryPoint[] = [];
    for (const count of sessionCounts) {
      await redis.flushdb();
      const before = await usedMemory(redis);
      await fillSessions(createSessionStore(systemClock, redis), systemClock, count);
      const held = (await redis.dbsize()) - 1; // minus the user's session index
      sessions.push({
        written: count,
        held,
        bytesPerEntry: Math.round(((await usedMemory(redis)) - before) / held),
      });
    }
    const denylist: DenylistPoint[] = [];
    for (const count of logoutCounts) {
      await redis.flushdb();
      const before = await usedMemory(redis);
      await fillDenylist(createRevocationStore(systemClock, redis), systemClock, count);
      const held = await redis.dbsize();
      const bytesPerEntry = Math.round(((await usedMemory(redis)) - before) / held);
      denylist.push({
        written: count,
        held,
        bytesPerEntry,
        liveAfterTtl: await countUnboundedKeys(redis),
      });
    }
    return { sessions, denylist };
  } finally {
    redis.disconnect();
    const exited = once(server.process, 'exit');
    server.process.kill('SIGTERM');
    await exited;
  }
}
