import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.ts';
import { RateLimitedError } from '../src/errors.ts';
import {
  type CounterStore,
  createCounterStore,
  createLoginRateLimiter,
  createMemoryCounterStore,
  createRedisCounterStore,
} from '../src/rate-limit.ts';
import { createRedisClient, waitForRedisReady } from '../src/redis.ts';
import {
  createKeyPrefix,
  createTestRedis,
  deleteKeysWithPrefix,
  REDIS_URL,
} from '../src/testing/redis.ts';
import { silentLogger } from './helpers/redis.ts';

const PER_ACCOUNT = { limit: 3, windowSeconds: 900 };
const PER_ADDRESS = { limit: 5, windowSeconds: 60 };

async function rejectionOf(promise: Promise<unknown>): Promise<RateLimitedError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RateLimitedError);
  return error as RateLimitedError;
}

describe('createLoginRateLimiter() with the memory store', () => {
  function createLimiter() {
    const clock = createManualClock(Date.UTC(2025, 0, 1));
    const store = createMemoryCounterStore({ clock });
    return {
      clock,
      limiter: createLoginRateLimiter({
        store,
        clock,
        perAccount: PER_ACCOUNT,
        perAddress: PER_ADDRESS,
      }),
    };
  }

  it('throttles an account after `limit` failures, from any address, with Retry-After', async () => {
    const { clock, limiter } = createLimiter();
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      await limiter.check('john@example.com', address);
      await limiter.recordFailure('john@example.com', address);
    }
    clock.advanceSeconds(100);
    const error = await rejectionOf(limiter.check(' John@Example.COM ', '10.0.0.9'));
    expect(error.code).toBe('rate_limited');
    expect(error.status).toBe(429);
    expect(error.headers['Retry-After']).toBe('800');
    await expect(limiter.check('jane@example.com', '10.0.0.9')).resolves.toBeUndefined();
  });

  it('lets the account in again once the window is over', async () => {
    const { clock, limiter } = createLimiter();
    for (let attempt = 0; attempt < PER_ACCOUNT.limit; attempt += 1) {
      await limiter.recordFailure('john@example.com', '10.0.0.1');
    }
    await rejectionOf(limiter.check('john@example.com', '10.0.0.2'));
    clock.advanceSeconds(PER_ACCOUNT.windowSeconds);
    await expect(limiter.check('john@example.com', '10.0.0.2')).resolves.toBeUndefined();
  });

  it('clears the account counter on success', async () => {
    const { limiter } = createLimiter();
    await limiter.recordFailure('john@example.com', '10.0.0.1');
    await limiter.recordFailure('john@example.com', '10.0.0.1');
    await limiter.recordSuccess('JOHN@example.com');
    await limiter.recordFailure('john@example.com', '10.0.0.1');
    await expect(limiter.check('john@example.com', '10.0.0.1')).resolves.toBeUndefined();
  });

  it('throttles an address spraying many accounts', async () => {
    const { limiter } = createLimiter();
    for (let attempt = 0; attempt < PER_ADDRESS.limit; attempt += 1) {
      await limiter.recordFailure(`user${attempt}@example.com`, '10.0.0.7');
    }
    const error = await rejectionOf(limiter.check('fresh@example.com', '10.0.0.7'));
    expect(error.retryAfterSeconds).toBe(PER_ADDRESS.windowSeconds);
    await expect(limiter.check('fresh@example.com', '10.0.0.8')).resolves.toBeUndefined();
  });
});

describe('createMemoryCounterStore()', () => {
  it('forgets the oldest window beyond maxKeys', async () => {
    const store = createMemoryCounterStore({ clock: createManualClock(0), maxKeys: 2 });
    await store.increment('a', 60);
    await store.increment('b', 60);
    await store.increment('c', 60);
    expect(await store.peek('a')).toBeNull();
    expect(await store.peek('c')).toEqual({ count: 1, resetInSeconds: 60 });
  });
});

describe('createCounterStore()', () => {
  it('keeps the counters in memory, on the given clock, without a Redis client', async () => {
    const clock = createManualClock(0);
    const store = createCounterStore(null, clock);
    expect(await store.increment('k', 60)).toEqual({ count: 1, resetInSeconds: 60 });
    clock.advanceSeconds(60);
    expect(await store.peek('k')).toBeNull();
  });

  it.runIf(REDIS_URL)('keeps the counters in Redis, under rate-limit:, with a client', async () => {
    const testRedis = await createTestRedis(REDIS_URL, createKeyPrefix('http'));
    try {
      const store = createCounterStore(testRedis.redis, createManualClock(0));
      await store.increment('k', 60);
      expect(await testRedis.redis.get('rate-limit:k')).toBe('1');
    } finally {
      await testRedis.cleanUp();
    }
  });
});

describe.runIf(REDIS_URL)('createRedisCounterStore()', () => {
  let redis: Redis;
  let store: CounterStore;
  const keyPrefix = createKeyPrefix('http');

  beforeAll(async () => {
    redis = createRedisClient(REDIS_URL ?? '', { logger: silentLogger });
    store = createRedisCounterStore(redis, { keyPrefix });
    await waitForRedisReady(redis);
  });
  afterAll(async () => {
    await deleteKeysWithPrefix(keyPrefix);
    await redis.quit();
  });

  it('counts within a window that Redis expires', async () => {
    expect(await store.increment('k', 60)).toEqual({ count: 1, resetInSeconds: 60 });
    expect((await store.increment('k', 60)).count).toBe(2);
    expect(await redis.pttl(`${keyPrefix}k`)).toBeGreaterThan(0);
    await store.reset('k');
    expect(await store.peek('k')).toBeNull();
  });

  it('throttles logins and never stores the raw email as a key', async () => {
    const limiter = createLoginRateLimiter({
      store,
      perAccount: PER_ACCOUNT,
      perAddress: PER_ADDRESS,
    });
    for (let attempt = 0; attempt < PER_ACCOUNT.limit; attempt += 1) {
      await limiter.recordFailure('john@example.com', '10.0.0.1');
    }
    const error = await rejectionOf(limiter.check('john@example.com', '10.0.0.2'));
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    const keys = await redis.keys(`${keyPrefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toContain('john');
  });
});
