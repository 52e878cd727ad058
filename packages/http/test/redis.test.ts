import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../src/errors.ts';
import {
  createRedisClient,
  isRedisUnavailable,
  waitForRedisReady,
  withStore,
} from '../src/redis.ts';
import { startTcpProxy, type TcpProxy } from '../src/testing/tcp-proxy.ts';
import {
  createKeyPrefix,
  deleteKeys,
  eventually,
  REDIS_URL,
  silentLogger,
} from './helpers/redis.ts';

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

describe.runIf(REDIS_URL)('withStore() through a proxy to Redis', () => {
  const keyPrefix = createKeyPrefix();
  let proxy: TcpProxy;
  let redis: Redis;

  beforeAll(async () => {
    const target = new URL(REDIS_URL ?? '');
    proxy = await startTcpProxy(Number(target.port || 6379), target.hostname);
    redis = createRedisClient(`redis://127.0.0.1:${proxy.port}`, {
      keyPrefix,
      logger: silentLogger,
    });
    await waitForRedisReady(redis);
  });
  afterAll(async () => {
    redis.disconnect();
    await proxy.close();
    const cleaner = createRedisClient(REDIS_URL ?? '', { logger: silentLogger });
    await waitForRedisReady(cleaner);
    await deleteKeys(cleaner, keyPrefix);
    await cleaner.quit();
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
