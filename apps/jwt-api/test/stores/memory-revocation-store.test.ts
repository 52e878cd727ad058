import { createTestClock } from '@authlab/http/testing/test-defaults';
import { describe, expect, it } from 'vitest';
import { createMemoryRevocationStore } from '../../src/stores/memory-revocation-store.ts';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  itBehavesLikeARevocationStore,
  newFamily,
  tokenRef,
} from '../helpers/revocation-store-contract.ts';

describe('createMemoryRevocationStore', () => {
  itBehavesLikeARevocationStore((clock) =>
    createMemoryRevocationStore({ clock, accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS }),
  );
});

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
