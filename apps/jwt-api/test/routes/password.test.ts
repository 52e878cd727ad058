import { CSRF_HEADERS, http, readSetCookie, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin } from '../helpers/build-test-app.ts';
import { bearer, expectInvalidToken, JANE, withRefreshCookie } from '../helpers/http.ts';

const NEW_PASSWORD = 'a-brand-new-passphrase';

describe('POST /me/password', () => {
  const testApp = buildTestApp();
  afterAll(() => testApp.close());
  const api = http(testApp);
  const changePassword = (accessToken: string, body: object) =>
    api
      .post('/me/password')
      .set({ ...CSRF_HEADERS, ...bearer(accessToken) })
      .send(body);

  it('rejects a wrong current password', async () => {
    const jane = await mintLogin(testApp, JANE.id);

    const response = await changePassword(jane.accessToken, {
      current_password: 'not-my-password',
      new_password: NEW_PASSWORD,
    });

    // 403, not 401: a 401 would send the client's interceptor off to refresh a token that is fine.
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(stepsOf(response).slice(-1)).toEqual(['jwt.password.verify-current:denied']);
    expect((await api.get('/me').set(bearer(jane.accessToken))).status).toBe(200);
  });

  it('answers 400 validation_failed for a new password that is too short', async () => {
    const jane = await mintLogin(testApp, JANE.id);

    const response = await changePassword(jane.accessToken, {
      current_password: JANE.password,
      new_password: 'short',
    });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
  });

  it('ends every login of the user', async () => {
    const laptop = await mintLogin(testApp, JANE.id, 'cookie');
    const phone = await mintLogin(testApp, JANE.id, 'body');

    const response = await changePassword(laptop.accessToken, {
      current_password: JANE.password,
      new_password: NEW_PASSWORD,
    });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ success: true });
    expect(stepIdsOf(response).slice(-4)).toEqual([
      'jwt.password.verify-current',
      'jwt.password.update-hash',
      'jwt.revoke.bump-credential-version',
      'jwt.password.respond',
    ]);
    expect(readSetCookie(response, 'authlab.rt')?.value).toBe('');
    expectInvalidToken(await api.get('/me').set(bearer(laptop.accessToken)));
    expectInvalidToken(await api.get('/me').set(bearer(phone.accessToken)));
    expectInvalidToken(await api.post('/refresh').set(withRefreshCookie(laptop.refreshToken)));
    expect(await testApp.users.verifyCredentials(JANE.email, NEW_PASSWORD)).not.toBeNull();
  });
});
