import type { ManualClock } from '@authlab/http/clock';
import {
  createTestRedis,
  deleteKeysWithPrefix,
  REDIS_URL,
  type TestRedis,
} from '@authlab/http/testing/redis';
import { createTestClock } from '@authlab/http/testing/test-defaults';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedisRevocationStore } from '../../src/stores/redis-revocation-store.ts';
import {
  type AccessTokenRef,
  createMemoryRevocationStore,
  type NewRefreshFamily,
  type RevocationStore,
} from '../../src/stores/revocation-store.ts';
import { newKeyPrefix } from '../helpers/redis.ts';

const ACCESS_TOKEN_TTL_SECONDS = 900;
const DAY_MS = 24 * 60 * 60 * 1000;

type StoreFactory = (clock: ManualClock) => RevocationStore | Promise<RevocationStore>;

/** An access token of user 42 issued now, as check-revocation describes it. */
function tokenRef(
  clock: ManualClock,
  jti: string,
  familyId: string,
  credentialVersion = 0,
): AccessTokenRef {
  const issuedAtSeconds = Math.floor(clock.now() / 1000);
  return { jti, familyId, userId: 42, credentialVersion, issuedAtSeconds };
}

function newFamily(clock: ManualClock, id: string): NewRefreshFamily {
  const nowMs = clock.now();
  return {
    id,
    userId: 42,
    currentJti: `${id}-jti-0`,
    delivery: 'cookie',
    createdAtMs: nowMs,
    expiresAtMs: nowMs + 30 * DAY_MS,
  };
}

function describeRevocationStore(kind: string, createStore: StoreFactory): void {
  describe(`${kind} revocation store`, () => {
    let clock: ManualClock;
    let store: RevocationStore;
    const ref = (jti: string, familyId: string, credentialVersion = 0) =>
      tokenRef(clock, jti, familyId, credentialVersion);
    beforeEach(async () => {
      clock = createTestClock();
      store = await createStore(clock);
      // The logins whose access tokens the tests present: a family-record store refuses a token
      // whose family it does not know.
      for (const id of ['family-a', 'family-x']) await store.createFamily(newFamily(clock, id));
    });

    it('denylists an access token until its exp', async () => {
      await store.denyAccessToken('jti-a', clock.now() + 60_000);

      expect(await store.isAccessTokenRevoked(ref('jti-a', 'family-x'))).toBe(true);
      expect(await store.isAccessTokenRevoked(ref('jti-b', 'family-x'))).toBe(false);
      expect((await store.describeState(50)).denylist.entries).toEqual([
        { jti: 'jti-a', expiresAtMs: clock.now() + 60_000 },
      ]);
    });

    it('rotates a family from its current jti only, and revokes it on reuse', async () => {
      await store.createFamily(newFamily(clock, 'family-1'));

      expect(await store.rotateFamily('family-1', 'family-1-jti-0', 'family-1-jti-1')).toBe(
        'rotated',
      );
      expect(await store.findFamily('family-1')).toMatchObject({
        currentJti: 'family-1-jti-1',
        rotations: 1,
      });
      expect(await store.rotateFamily('family-1', 'family-1-jti-0', 'family-1-jti-2')).toBe(
        'reused',
      );
      expect((await store.findFamily('family-1'))?.revokedReason).toBe('reuse');
      expect(await store.rotateFamily('family-1', 'family-1-jti-1', 'family-1-jti-3')).toBe(
        'reused',
      );
      expect(await store.isAccessTokenRevoked(ref('any-jti', 'family-1'))).toBe(true);
    });

    it('gives exactly one winner to concurrent rotations of one token', async () => {
      await store.createFamily(newFamily(clock, 'family-2'));

      const outcomes = await Promise.all(
        Array.from({ length: 5 }, (_, index) =>
          store.rotateFamily('family-2', 'family-2-jti-0', `family-2-next-${index}`),
        ),
      );

      expect(outcomes.sort()).toEqual(['reused', 'reused', 'reused', 'reused', 'rotated']);
      expect((await store.findFamily('family-2'))?.revokedReason).toBe('reuse');
    });

    it('revokes a family idempotently and keeps the first reason', async () => {
      await store.createFamily(newFamily(clock, 'family-3'));
      await store.createFamily(newFamily(clock, 'family-4'));

      await store.revokeFamily('family-3', 'logout');
      await store.revokeFamily('family-3', 'reuse');

      expect((await store.findFamily('family-3'))?.revokedReason).toBe('logout');
      expect(await store.isAccessTokenRevoked(ref('any-jti', 'family-3'))).toBe(true);
      expect(await store.isAccessTokenRevoked(ref('any-jti', 'family-4'))).toBe(false);
    });

    it('revokes the tokens of a user whose ver is below the credential floor', async () => {
      await store.revokeTokensBefore(42, 3);

      expect(await store.isAccessTokenRevoked(ref('jti-a', 'family-a', 2))).toBe(true);
      expect(await store.isAccessTokenRevoked(ref('jti-a', 'family-a', 3))).toBe(false);
      expect(await store.isAccessTokenRevoked({ ...ref('jti-a', 'family-a', 0), userId: 43 })).toBe(
        false,
      );
      const { credentialFloors } = await store.describeState(50);
      expect(credentialFloors.entries).toMatchObject([{ userId: 42, credentialVersion: 3 }]);
      // Redis keeps a TTL, not the timestamp: within a few ms of one access-token lifetime.
      expect(credentialFloors.entries[0]?.expiresAtMs).toBeCloseTo(
        clock.now() + (ACCESS_TOKEN_TTL_SECONDS + 5) * 1000,
        -3,
      );
    });

    it('only ever raises the credential floor', async () => {
      await store.revokeTokensBefore(42, 5);
      await store.revokeTokensBefore(42, 4);

      expect(await store.isAccessTokenRevoked(ref('jti-a', 'family-a', 4))).toBe(true);
      expect(await store.isAccessTokenRevoked(ref('jti-a', 'family-a', 5))).toBe(false);
    });

    it('answers missing for an unknown family', async () => {
      expect(await store.findFamily('nope')).toBeNull();
      expect(await store.rotateFamily('nope', 'a', 'b')).toBe('missing');
    });

    it('lists at most `limit` families for the lab view and says more exist', async () => {
      await store.createFamily(newFamily(clock, 'family-5'));

      const { families } = await store.describeState(2);

      expect(families.entries).toHaveLength(2);
      expect(families.truncated).toBe(true);
      expect((await store.describeState(50)).families.entries).toContainEqual({
        ...newFamily(clock, 'family-5'),
        rotations: 0,
        revokedReason: null,
      });
      expect(await store.ping()).toBe(true);
    });
  });
}

describeRevocationStore('memory', (clock) =>
  createMemoryRevocationStore({ clock, accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS }),
);

describe('memory revocation store limits', () => {
  it('forgets denylist entries and revoked families once the clock passes them', async () => {
    const clock = createTestClock();
    const store = createMemoryRevocationStore({
      clock,
      accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    });
    const token = tokenRef(clock, 'jti-a', 'family-a');
    await store.denyAccessToken('jti-a', clock.now() + 60_000);
    await store.revokeFamily('family-a', 'logout');

    clock.advanceSeconds(ACCESS_TOKEN_TTL_SECONDS + 5);

    expect(await store.isAccessTokenRevoked(token)).toBe(false);
  });

  it('forgets a credential floor once every token below it has expired', async () => {
    const clock = createTestClock();
    const store = createMemoryRevocationStore({
      clock,
      accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    });
    await store.revokeTokensBefore(42, 1);

    clock.advanceSeconds(ACCESS_TOKEN_TTL_SECONDS + 5);

    expect((await store.describeState(50)).credentialFloors.entries).toEqual([]);
  });

  it('stays bounded however many families are created', async () => {
    const clock = createTestClock();
    const store = createMemoryRevocationStore({ clock, accessTokenTtlSeconds: 900, maxEntries: 3 });

    for (let index = 0; index < 10; index += 1) {
      await store.createFamily(newFamily(clock, `family-${index}`));
    }

    const { families } = await store.describeState(50);
    expect(families.entries.map((family) => family.id)).toEqual([
      'family-7',
      'family-8',
      'family-9',
    ]);
  });

  it('refuses every token issued before the store started (a restart forgets revocations)', async () => {
    const clock = createTestClock();
    const issuedBefore = tokenRef(clock, 'jti-a', 'family-a');
    clock.advanceSeconds(2);

    const restarted = createMemoryRevocationStore({ clock, accessTokenTtlSeconds: 900 });

    expect(await restarted.isAccessTokenRevoked(issuedBefore)).toBe(true);
    expect(await restarted.isAccessTokenRevoked(tokenRef(clock, 'jti-b', 'family-b'))).toBe(false);
    expect((await restarted.describeState(50)).epochMs).toBe(Math.floor(clock.now() / 1000) * 1000);
  });

  it('fails closed when its bound forces it to forget a live denylist entry', async () => {
    const clock = createTestClock();
    const store = createMemoryRevocationStore({ clock, accessTokenTtlSeconds: 900, maxEntries: 2 });
    const denied = tokenRef(clock, 'jti-0', 'family-a');
    for (let index = 0; index < 3; index += 1) {
      await store.denyAccessToken(`jti-${index}`, clock.now() + 60_000);
    }

    expect((await store.describeState(50)).denylist.entries.map((entry) => entry.jti)).toEqual([
      'jti-1',
      'jti-2',
    ]);
    expect(await store.isAccessTokenRevoked(denied)).toBe(true);
    expect(await store.isAccessTokenRevoked(tokenRef(clock, 'jti-9', 'family-a'))).toBe(true);
    clock.advanceSeconds(1);
    expect(await store.isAccessTokenRevoked(tokenRef(clock, 'jti-9', 'family-a'))).toBe(false);
  });
});

describe.runIf(REDIS_URL)('redis revocation store', () => {
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
  describeRevocationStore('redis', async (clock) => {
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
