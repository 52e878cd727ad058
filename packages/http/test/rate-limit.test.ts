import { createServer } from 'node:net';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimitedError, StoreUnavailableError } from '../src/errors.ts';
import {
  type CounterStore,
  createCounterStore,
  createLoginRateLimiter,
  type RateLimit,
} from '../src/rate-limit.ts';
import { createRedisClient, waitForRedisReady } from '../src/redis.ts';
import {
  createKeyPrefix,
  createTestRedis,
  deleteKeysWithPrefix,
  REDIS_URL,
} from '../src/testing/redis.ts';
import { silentLogger } from './helpers/redis.ts';

const PER_ACCOUNT: RateLimit = { limit: 3, windowSeconds: 900 };
const PER_ADDRESS: RateLimit = { limit: 5, windowSeconds: 60 };
const PRECOMPOSED = 'andr\u00e9@example.com';
const DECOMPOSED = 'andre\u0301@example.com';

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (reason: unknown) => reason,
  );
}

async function rateLimitedBy(promise: Promise<unknown>): Promise<RateLimitedError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(RateLimitedError);
  return error as RateLimitedError;
}

function createLimiter(store: CounterStore) {
  return createLoginRateLimiter({ store, perAccount: PER_ACCOUNT, perAddress: PER_ADDRESS });
}

const redisPrefix = createKeyPrefix('http-rate-limit');
let redis: Redis | null = null;
let storeCount = 0;

beforeAll(async () => {
  if (REDIS_URL === undefined) return;
  redis = createRedisClient(REDIS_URL, { logger: silentLogger });
  await waitForRedisReady(redis);
});
afterAll(async () => {
  await deleteKeysWithPrefix(redisPrefix);
  await redis?.quit();
});

/** A fresh store per test: memory, or Redis under a key prefix no other test uses. */
function createStore(kind: CounterStore['kind']): CounterStore {
  if (kind === 'memory' || redis === null) return { kind: 'memory' };
  storeCount += 1;
  return { kind: 'redis', redis, keyPrefix: `${redisPrefix}${storeCount}:` };
}

describe.each([
  { kind: 'memory' as const, enabled: true },
  { kind: 'redis' as const, enabled: REDIS_URL !== undefined },
])('createLoginRateLimiter() in $kind', ({ kind, enabled }) => {
  it.runIf(enabled)('throttles an account after `limit` failures, from any address', async () => {
    const limiter = createLimiter(createStore(kind));
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      await limiter.check('john@example.com', address);
      await limiter.recordFailure('john@example.com', address);
    }
    const error = await rateLimitedBy(limiter.check(' John@Example.COM ', '10.0.0.9'));
    expect(error.code).toBe('rate_limited');
    expect(error.status).toBe(429);
    expect(Number(error.headers['Retry-After'])).toBeGreaterThan(PER_ACCOUNT.windowSeconds - 5);
    await expect(limiter.check('jane@example.com', '10.0.0.9')).resolves.toBeUndefined();
  });

  it.runIf(enabled)('counts precomposed and decomposed "é" as one account', async () => {
    const limiter = createLimiter(createStore(kind));
    await limiter.recordFailure(PRECOMPOSED, '10.0.0.1');
    await limiter.recordFailure(DECOMPOSED, '10.0.0.2');
    await limiter.recordFailure(PRECOMPOSED, '10.0.0.3');
    const error = await rateLimitedBy(limiter.check(DECOMPOSED, '10.0.0.4'));
    expect(error.code).toBe('rate_limited');
  });

  it.runIf(enabled)('clears the account counter on success', async () => {
    const limiter = createLimiter(createStore(kind));
    await limiter.recordFailure('john@example.com', '10.0.0.1');
    await limiter.recordFailure('john@example.com', '10.0.0.1');
    await limiter.recordSuccess('JOHN@example.com');
    await limiter.recordFailure('john@example.com', '10.0.0.1');
    await expect(limiter.check('john@example.com', '10.0.0.1')).resolves.toBeUndefined();
  });

  it.runIf(enabled)('throttles an address spraying many accounts', async () => {
    const limiter = createLimiter(createStore(kind));
    for (let attempt = 0; attempt < PER_ADDRESS.limit; attempt += 1) {
      await limiter.recordFailure(`user${attempt}@example.com`, '10.0.0.7');
    }
    const error = await rateLimitedBy(limiter.check('fresh@example.com', '10.0.0.7'));
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(PER_ADDRESS.windowSeconds);
    await expect(limiter.check('fresh@example.com', '10.0.0.8')).resolves.toBeUndefined();
  });

  it.runIf(enabled)('counts every one of many concurrent failures', async () => {
    const limiter = createLoginRateLimiter({
      store: createStore(kind),
      perAccount: { limit: 20, windowSeconds: 900 },
      perAddress: { limit: 1000, windowSeconds: 900 },
    });
    await Promise.all(
      Array.from({ length: 19 }, () => limiter.recordFailure('john@example.com', '10.0.0.1')),
    );
    await expect(limiter.check('john@example.com', '10.0.0.1')).resolves.toBeUndefined();
    await limiter.recordFailure('john@example.com', '10.0.0.1');
    await rateLimitedBy(limiter.check('john@example.com', '10.0.0.1'));
  });
});

describe('createLoginRateLimiter() windows in memory', () => {
  // rate-limiter-flexible's memory limiter reads Date.now() and expires keys with setTimeout:
  // faking both moves its windows without sleeping.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: Date.UTC(2025, 0, 1) });
  });
  afterEach(() => vi.useRealTimers());

  it('says in Retry-After how much of the window is left', async () => {
    const limiter = createLimiter(createStore('memory'));
    for (let attempt = 0; attempt < PER_ACCOUNT.limit; attempt += 1) {
      await limiter.recordFailure('john@example.com', '10.0.0.1');
    }
    vi.advanceTimersByTime(100_000);
    const error = await rateLimitedBy(limiter.check('john@example.com', '10.0.0.2'));
    expect(error.headers['Retry-After']).toBe('800');
  });

  it('lets the account in again once the window is over', async () => {
    const limiter = createLimiter(createStore('memory'));
    for (let attempt = 0; attempt < PER_ACCOUNT.limit; attempt += 1) {
      await limiter.recordFailure('john@example.com', '10.0.0.1');
    }
    await rateLimitedBy(limiter.check('john@example.com', '10.0.0.2'));
    vi.advanceTimersByTime(PER_ACCOUNT.windowSeconds * 1000);
    await expect(limiter.check('john@example.com', '10.0.0.2')).resolves.toBeUndefined();
  });
  it('lets the account in when the window ends, before the clean-up timer has run', async () => {
    const limiter = createLimiter(createStore('memory'));
    for (let attempt = 0; attempt < PER_ACCOUNT.limit; attempt += 1) {
      await limiter.recordFailure('john@example.com', '10.0.0.1');
    }
    vi.setSystemTime(Date.now() + PER_ACCOUNT.windowSeconds * 1000);
    await expect(limiter.check('john@example.com', '10.0.0.2')).resolves.toBeUndefined();
  });
});

describe('createCounterStore()', () => {
  it('keeps the counters in memory without a Redis client', () => {
    expect(createCounterStore(null)).toEqual({ kind: 'memory' });
  });

  it.runIf(REDIS_URL)('keeps hashed counters in Redis, under rate-limit:, with a TTL', async () => {
    const testRedis = await createTestRedis(REDIS_URL, createKeyPrefix('http'));
    try {
      const limiter = createLimiter(createCounterStore(testRedis.redis));
      await limiter.recordFailure('john@example.com', '10.0.0.1');
      const addressKey = 'rate-limit:login:address:10.0.0.1';
      expect(await testRedis.redis.get(addressKey)).toBe('1');
      const ttlMs = await testRedis.redis.pttl(addressKey);
      expect(ttlMs).toBeGreaterThan(0);
      expect(ttlMs).toBeLessThanOrEqual(PER_ADDRESS.windowSeconds * 1000);
      const keys = await testRedis.redis.keys(`${testRedis.keyPrefix}rate-limit:login:account:*`);
      expect(keys).toHaveLength(1);
      expect(keys.join(' ')).not.toContain('john');
    } finally {
      await testRedis.cleanUp();
    }
  });
});

describe('createLoginRateLimiter() with Redis unreachable', () => {
  it('fails closed with 503 store_unavailable', async () => {
    const port = await findClosedPort();
    const unreachable = createRedisClient(`redis://127.0.0.1:${port}`, { logger: silentLogger });
    try {
      const limiter = createLimiter({ kind: 'redis', redis: unreachable, keyPrefix: 'x:' });
      const error = await rejectionOf(limiter.check('john@example.com', '10.0.0.1'));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError).code).toBe('store_unavailable');
      expect(
        await rejectionOf(limiter.recordFailure('john@example.com', '10.0.0.1')),
      ).toBeInstanceOf(StoreUnavailableError);
    } finally {
      unreachable.disconnect();
    }
  });
});

/** A port that was free a moment ago: nothing listens on it. */
function findClosedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
