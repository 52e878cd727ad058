import { http, stepsOf } from '@authlab/http/testing/http';
import { createTestClock } from '@authlab/http/testing/test-defaults';
import { describe, expect, it } from 'vitest';
import { createMemoryRevocationStore } from '../../src/stores/memory-revocation-store.ts';
import { buildTestApp, mintLogin } from '../helpers/build-test-app.ts';
import { bearer, expectInvalidToken, JANE } from '../helpers/http.ts';

const ACCESS_TOKEN_TTL_SECONDS = 900;

describe('isRevoked (koa-jwt)', () => {
  it('refuses a token issued before a restarted memory store began (fail closed)', async () => {
    const clock = createTestClock();
    const before = buildTestApp({ clock });
    const { accessToken } = await mintLogin(before, JANE.id);
    clock.advanceSeconds(2);
    // Same key, same users, a fresh store: it cannot know what the old one revoked.
    const restarted = buildTestApp({ clock, database: before.database });

    const response = await http(restarted).get('/me').set(bearer(accessToken));

    expectInvalidToken(response);
    expect(stepsOf(response)).toEqual([
      'jwt.auth.verify-token',
      'jwt.auth.check-revocation:denied',
      'jwt.auth.reject',
    ]);
    before.close();
  });

  it('answers 500 internal_error, not 401, when the lookup itself has a bug', async () => {
    const clock = createTestClock();
    const store = createMemoryRevocationStore({
      clock,
      accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    });
    const testApp = buildTestApp({
      clock,
      revocationStore: {
        ...store,
        isAccessTokenRevoked: async () => {
          throw new TypeError('a bug in the store');
        },
      },
    });
    const { accessToken } = await mintLogin(testApp, JANE.id);

    const response = await http(testApp).get('/me').set(bearer(accessToken));

    expect(response.status).toBe(500);
    expect(response.body.error.code).toBe('internal_error');
    expect(response.headers['www-authenticate']).toBeUndefined();
    expect(stepsOf(response)).toEqual([
      'jwt.auth.verify-token',
      'jwt.auth.check-revocation:failed',
    ]);
    testApp.close();
  });
});
