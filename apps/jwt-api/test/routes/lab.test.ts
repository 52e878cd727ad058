import { CSRF_HEADERS, http } from '@authlab/http/testing/http';
import { describe, expect, it } from 'vitest';
import {
  buildTestApp,
  generateEs256PrivateKeyPem,
  mintLogin,
  TEST_JWT_SECRET,
} from '../helpers/build-test-app.ts';
import { bearer, expectInvalidToken, JOHN } from '../helpers/http.ts';

describe('lab view', () => {
  it('is absent in production', async () => {
    const api = http(buildTestApp({ env: { NODE_ENV: 'production', LAB_ENABLED: 'false' } }));

    expect((await api.get('/lab/state')).status).toBe(404);
    expect(
      (await api.post('/lab/clock').set(CSRF_HEADERS).send({ offset_seconds: 0 })).status,
    ).toBe(404);
  });

  it('never exposes password hashes or secrets', async () => {
    const testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id);
    await http(testApp)
      .post('/logout')
      .set({ ...CSRF_HEADERS, ...bearer(login.accessToken) });

    const response = await http(testApp)
      .get('/lab/state?user_id=42')
      .set('Cookie', `authlab.rt=${login.refreshToken}`);

    expect(response.status).toBe(200);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(TEST_JWT_SECRET);
    expect(text).not.toMatch(/scrypt\$|password/i);
    expect(text).not.toContain(login.refreshToken);
    expect(response.body.keys).toEqual([
      {
        kid: testApp.keys.signingKey.kid,
        alg: 'HS256',
        public_jwk: null,
        kind: 'symmetric',
        current: true,
      },
    ]);
    expect(response.body.denylist).toEqual([
      { jti: expect.any(String), expires_at: expect.any(String) },
    ]);
    expect(response.body.refresh_families).toEqual([
      expect.objectContaining({
        id: login.familyId,
        user_id: 42,
        revoked: true,
        revoked_reason: 'logout',
      }),
    ]);
    expect(response.body.cookies_received).toEqual([
      expect.objectContaining({
        name: 'authlab.rt',
        http_only: true,
        same_site: 'Strict',
        path: '/refresh',
      }),
    ]);
    expect(response.body.cookies_received[0].note).toContain('the page cannot read this');
    expect(response.body.user).toMatchObject({ id: 42, credential_version: expect.any(Number) });
    expect(response.body.fail_closed).toEqual({
      rule: 'store-epoch',
      refuses_issued_before: expect.any(String),
    });
    expect(response.body.truncated).toEqual({
      denylist: false,
      refresh_families: false,
      credential_floors: false,
    });
  });

  it('shows only the public JWK of an ES256 key', async () => {
    const api = http(
      buildTestApp({
        env: { JWT_ALGORITHM: 'ES256', JWT_PRIVATE_KEY: generateEs256PrivateKeyPem() },
      }),
    );

    const response = await api.get('/lab/state');

    expect(response.body.keys[0].kind).toBe('asymmetric');
    expect(Object.keys(response.body.keys[0].public_jwk).sort()).toEqual([
      'alg',
      'crv',
      'kid',
      'kty',
      'use',
      'x',
      'y',
    ]);
  });

  it('moves the server clock so that an access token expires now', async () => {
    const testApp = buildTestApp();
    const { accessToken } = await mintLogin(testApp, JOHN.id);

    const moved = await http(testApp)
      .post('/lab/clock')
      .set(CSRF_HEADERS)
      .send({ offset_seconds: 16 * 60 });

    expect(moved.body).toEqual({ clock_offset_seconds: 960, now: '2026-01-05T09:16:00.000Z' });
    expectInvalidToken(await http(testApp).get('/me').set(bearer(accessToken)));
    await http(testApp).post('/lab/clock').set(CSRF_HEADERS).send({ offset_seconds: 0 });
    expect((await http(testApp).get('/me').set(bearer(accessToken))).status).toBe(200);
  });

  it('answers without any user row unless the page names one', async () => {
    const testApp = buildTestApp();

    const response = await http(testApp).get('/lab/state');

    expect(response.status).toBe(200);
    expect(response.body.user).toBeNull();
    expect(response.body).not.toHaveProperty('users');
    testApp.close();
  });

  it('answers 400 validation_failed for a user_id that is not an id', async () => {
    const testApp = buildTestApp();

    const response = await http(testApp).get('/lab/state?user_id=john');

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    testApp.close();
  });
});
