import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../src/errors.ts';
import {
  createRedisClient,
  isRedisUnavailable,
  waitForRedisReady,
  withStore,
} from '../src/redis.ts';
import {
  createKeyPrefix,
  createTestRedis,
  REDIS_URL,
  type TestRedis,
} from '../src/testing/redis.ts';
import { startTcpProxy, type TcpProxy } from '../src/testing/tcp-proxy.ts';
import { eventually, silentLogger } from './helpers/redis.ts';

describe('isRedisUnavailable()', () => {
  it('recognises connection and timeout failures, not other errors', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    });
    expect(isRedisUnavailable(refused)).toBe(true);
    expect(isRedisUnavailable(new Error('Connection is closed.'))).toBe(true);
    expect(isRedisUnavailable(new Error('Command timed out'))).toBe(true);
    expect(
      isRedisUnavailable(
        new Error("Stream isn't writeable and enableOfflineQueue options is false"),
      ),
    ).toBe(true);
    expect(isRedisUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isRedisUnavailable('Connection is closed.')).toBe(false);
  });
});

describe('withStore()', () => {
  it('rethrows errors that are not outages', async () => {
    await expect(withStore(() => Promise.reject(new TypeError('bug')))).rejects.toThrow(TypeError);
  });
});

describe('waitForRedisReady()', () => {
  it('rejects after the timeout while Redis cannot be reached (the server starts anyway)', async () => {
    const redis = createRedisClient('redis://127.0.0.1:1', { logger: silentLogger });
    try {
      await expect(waitForRedisReady(redis, 200)).rejects.toThrow(/not ready within 200 ms/);
    } finally {
      redis.disconnect();
    }
  });

  it.runIf(REDIS_URL)('resolves once the client can take commands', async () => {
    const redis = createRedisClient(REDIS_URL ?? '', { logger: silentLogger });
    try {
      await waitForRedisReady(redis);
      expect(redis.status).toBe('ready');
    } finally {
      redis.disconnect();
    }
  });
});

describe.runIf(REDIS_URL)('withStore() through a proxy to Redis', () => {
  let proxy: TcpProxy;
  let testRedis: TestRedis;
  let redis: Redis;

  beforeAll(async () => {
    const target = new URL(REDIS_URL ?? '');
    proxy = await startTcpProxy(Number(target.port || 6379), target.hostname);
    testRedis = await createTestRedis(`redis://127.0.0.1:${proxy.port}`, createKeyPrefix('http'));
    redis = testRedis.redis;
  });
  afterAll(async () => {
    await testRedis.cleanUp();
    await proxy.close();
  });

  it('answers StoreUnavailableError while Redis is cut off, and recovers after', async () => {
    await withStore(() => redis.set('probe', '1'));
    proxy.cut();
    const error = await withStore(() => redis.get('probe')).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).headers['Retry-After']).toBe('1');
    proxy.restore();
    await expect(eventually(() => withStore(() => redis.get('probe')))).resolves.toBe('1');
  });

  it('lets Redis reply errors (bugs) through unchanged', async () => {
    await redis.set('text', 'x');
    const error = await withStore(() => redis.incr('text')).catch((reason: unknown) => reason);
    expect(error).not.toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/not an integer/);
  });
});
