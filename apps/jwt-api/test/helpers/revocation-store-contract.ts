/**
 * The behaviour every `RevocationStore` must have, run against each implementation (memory,
 * Redis): the denylist, refresh families and rotation, credential floors, the lab listing.
 */
import type { ManualClock } from '@authlab/http/clock';
import { createTestClock } from '@authlab/http/testing/test-defaults';
import { beforeEach, expect, it } from 'vitest';
import type {
  AccessTokenRef,
  NewRefreshFamily,
  RevocationStore,
} from '../../src/stores/revocation-store.ts';

export const ACCESS_TOKEN_TTL_SECONDS = 900;
export const DAY_MS = 24 * 60 * 60 * 1000;

export type StoreFactory = (clock: ManualClock) => RevocationStore | Promise<RevocationStore>;

/** An access token of user 42 issued now, as check-revocation describes it. */
export function tokenRef(
  clock: ManualClock,
  jti: string,
  familyId: string,
  credentialVersion = 0,
): AccessTokenRef {
  const issuedAtSeconds = Math.floor(clock.now() / 1000);
  return { jti, familyId, userId: 42, credentialVersion, issuedAtSeconds };
}

export function newFamily(clock: ManualClock, id: string): NewRefreshFamily {
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

export function itBehavesLikeARevocationStore(createStore: StoreFactory): void {
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
    expect(await store.rotateFamily('family-1', 'family-1-jti-0', 'family-1-jti-2')).toBe('reused');
    expect((await store.findFamily('family-1'))?.revokedReason).toBe('reuse');
    expect(await store.rotateFamily('family-1', 'family-1-jti-1', 'family-1-jti-3')).toBe('reused');
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
}
