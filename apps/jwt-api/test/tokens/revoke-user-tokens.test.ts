import { createTestClock } from '@authlab/http/testing/test-defaults';
import { createUsersRepository } from '@authlab/users/users-repository';
import { describe, expect, it } from 'vitest';
import { createMemoryRevocationStore } from '../../src/stores/memory-revocation-store.ts';
import { createUserTokenRevoker } from '../../src/tokens/revoke-user-tokens.ts';
import { openTestUsersDatabase } from '../helpers/build-test-app.ts';

const JANE_ID = 43;

describe('jwt-api revoke-user-tokens', () => {
  const database = openTestUsersDatabase();
  const users = createUsersRepository(database);
  const clock = createTestClock();
  const newStore = () => createMemoryRevocationStore({ clock, accessTokenTtlSeconds: 900 });
  const janeToken = (credentialVersion: number) => ({
    jti: 'jti-of-jane-0001',
    familyId: 'family-of-jane-01',
    userId: JANE_ID,
    credentialVersion,
    issuedAtSeconds: Math.floor(clock.now() / 1000),
  });

  it('bumps the credential version and revokes every access token below it', async () => {
    const store = newStore();
    const before = users.findUserById(JANE_ID)?.credentialVersion ?? -1;

    const user = await createUserTokenRevoker(users, store)(JANE_ID);

    expect(user.credentialVersion).toBe(before + 1);
    expect(await store.isAccessTokenRevoked(janeToken(before))).toBe(true);
    expect(await store.isAccessTokenRevoked(janeToken(before + 1))).toBe(false);
  });
});
