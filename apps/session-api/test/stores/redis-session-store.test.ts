import { createLabClock, createManualClock } from '@authlab/http/clock';
import { createTestRedis, REDIS_URL, type TestRedis } from '@authlab/http/testing/redis';
import { TEST_START_MS } from '@authlab/http/testing/test-defaults';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateSessionId } from '../../src/session/session-cookie.ts';
import { createRedisSessionStore } from '../../src/stores/redis-session-store.ts';
import { newKeyPrefix } from '../helpers/redis.ts';
import {
  CONTRACT_TIMEOUTS,
  itBehavesLikeASessionStore,
  newSession,
} from '../helpers/session-store-contract.ts';

describe.runIf(REDIS_URL)('createRedisSessionStore', () => {
  let testRedis: TestRedis;
  let redis: Redis;
  // The contract's tests each get a fresh key prefix: they reuse user ids and session counts.
  const contractRedis: TestRedis[] = [];

  beforeAll(async () => {
    testRedis = await createTestRedis(REDIS_URL, newKeyPrefix());
    redis = testRedis.redis;
  });
  afterAll(async () => {
    await Promise.all([testRedis, ...contractRedis].map((each) => each.cleanUp()));
  });

  itBehavesLikeASessionStore(async (clock) => {
    const fresh = await createTestRedis(REDIS_URL, newKeyPrefix());
    contractRedis.push(fresh);
    return createRedisSessionStore(fresh.redis, {
      clock: createLabClock(clock),
      ...CONTRACT_TIMEOUTS,
    });
  });

  it('sets the Redis TTL to min(idle timeout, time left before the absolute deadline)', async () => {
    const clock = createManualClock(TEST_START_MS);
    const store = createRedisSessionStore(redis, { clock, ...CONTRACT_TIMEOUTS });
    const id = generateSessionId();
    await store.save(id, newSession(clock));
    const idleTtlMs = await redis.pttl(`session:${id}`);
    expect(idleTtlMs).toBeGreaterThan(29 * 60 * 1000);
    expect(idleTtlMs).toBeLessThanOrEqual(30 * 60 * 1000);

    clock.advanceSeconds(8 * 3600 - 10 * 60);
    const nearTheEnd = createRedisSessionStore(redis, {
      clock,
      idleTimeoutSeconds: 1800,
      absoluteTimeoutSeconds: 28_800,
    });
    const lateId = generateSessionId();
    await nearTheEnd.save(lateId, { ...newSession(clock), createdAt: TEST_START_MS });
    await nearTheEnd.touch(lateId);
    const absoluteTtlMs = await redis.pttl(`session:${lateId}`);
    expect(absoluteTtlMs).toBeLessThanOrEqual(10 * 60 * 1000);
    expect(absoluteTtlMs).toBeGreaterThan(9 * 60 * 1000);
  });

  it('loads and slides a session in ONE round trip', async () => {
    const clock = createManualClock(TEST_START_MS);
    const store = createRedisSessionStore(redis, { clock, ...CONTRACT_TIMEOUTS });
    const id = generateSessionId();
    await store.save(id, newSession(clock));
    await store.touch(id);
    const sendCommand = vi.spyOn(redis, 'sendCommand');
    try {
      clock.advanceSeconds(60);
      expect((await store.touch(id)).status).toBe('active');
      expect(sendCommand).toHaveBeenCalledTimes(1);
      expect(await redis.hget(`session:${id}`, 'lastSeenAt')).toBe(String(clock.now()));
    } finally {
      sendCommand.mockRestore();
    }
  });

  it("keeps each user's index small: a login prunes ids past their absolute deadline", async () => {
    const clock = createManualClock(TEST_START_MS);
    const store = createRedisSessionStore(redis, { clock, ...CONTRACT_TIMEOUTS });
    const userId = 7000 + Math.floor(Math.random() * 1000);
    await store.save(generateSessionId(), newSession(clock, userId));
    clock.advanceSeconds(9 * 3600);
    const current = generateSessionId();
    await store.save(current, newSession(clock, userId));
    expect(await redis.zrange(`user:${userId}:sessions`, 0, '-1')).toEqual([current]);
  });
});
