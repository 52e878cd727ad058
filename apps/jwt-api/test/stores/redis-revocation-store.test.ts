import {
  createTestRedis,
  deleteKeysWithPrefix,
  REDIS_URL,
  type TestRedis,
} from '@authlab/http/testing/redis';
import { createTestClock } from '@authlab/http/testing/test-defaults';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisRevocationStore } from '../../src/stores/redis-revocation-store.ts';
import { newKeyPrefix } from '../helpers/redis.ts';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  DAY_MS,
  itBehavesLikeARevocationStore,
  newFamily,
  tokenRef,
} from '../helpers/revocation-store-contract.ts';

describe.runIf(REDIS_URL)('createRedisRevocationStore', () => {
  const clients: TestRedis[] = [];
  let redis: Redis;
  beforeAll(async () => {
    const client = await createTestRedis(REDIS_URL, newKeyPrefix());
    clients.push(client);
    redis = client.redis;
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.cleanUp()));
  });

  // Each store gets its own client, so each test its own key prefix.
  itBehavesLikeARevocationStore(async (clock) => {
    const client = await createTestRedis(REDIS_URL, newKeyPrefix());
    clients.push(client);
    const accessTokenTtlSeconds = ACCESS_TOKEN_TTL_SECONDS;
    return createRedisRevocationStore(client.redis, { clock, accessTokenTtlSeconds });
  });

  it('refuses every token once the store has lost its data (restart empty, FLUSHALL)', async () => {
    const clock = createTestClock();
    const client = await createTestRedis(REDIS_URL, newKeyPrefix());
    clients.push(client);
    const store = createRedisRevocationStore(client.redis, { clock, accessTokenTtlSeconds: 900 });
    await store.createFamily(newFamily(clock, 'family-a'));
    expect(await store.isAccessTokenRevoked(tokenRef(clock, 'jti-a', 'family-a'))).toBe(false);

    await deleteKeysWithPrefix(client.keyPrefix);

    expect(await store.isAccessTokenRevoked(tokenRef(clock, 'jti-a', 'family-a'))).toBe(true);
  });

  it('lets Redis forget entries with TTLs matching their remaining life', async () => {
    const clock = createTestClock();
    const store = createRedisRevocationStore(redis, { clock, accessTokenTtlSeconds: 900 });
    await store.denyAccessToken('jti-a', clock.now() + 60_000);
    await store.createFamily(newFamily(clock, 'family-a'));
    await store.revokeFamily('family-a', 'logout');

    const ttls = await Promise.all([redis.pttl('denied:jti-a'), redis.pttl('family:family-a')]);
    expect(ttls[0]).toBeGreaterThan(59_000);
    expect(ttls[0]).toBeLessThanOrEqual(60_000);
    expect(ttls[1]).toBeGreaterThan(30 * DAY_MS - 2_000);
  });
});
