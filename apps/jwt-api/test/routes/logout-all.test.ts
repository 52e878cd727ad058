import { CSRF_HEADERS, http, stepIdsOf } from '@authlab/http/testing/http';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin } from '../helpers/build-test-app.ts';
import { bearer, expectInvalidToken, JOHN, withRefreshCookie } from '../helpers/http.ts';

describe('POST /logout-all', () => {
  const testApp = buildTestApp();
  afterAll(() => testApp.close());
  const api = http(testApp);

  it('ends every login of the user', async () => {
    const laptop = await mintLogin(testApp, JOHN.id, 'cookie');
    const phone = await mintLogin(testApp, JOHN.id, 'body');

    const response = await api
      .post('/logout-all')
      .set({ ...CSRF_HEADERS, ...bearer(laptop.accessToken) })
      .send();

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ success: true });
    expect(stepIdsOf(response).slice(-2)).toEqual([
      'jwt.revoke.bump-credential-version',
      'jwt.logout-all.respond',
    ]);
    expectInvalidToken(await api.get('/me').set(bearer(phone.accessToken)));
    expectInvalidToken(await api.get('/me').set(bearer(laptop.accessToken)));
    expectInvalidToken(await api.post('/refresh').set(withRefreshCookie(laptop.refreshToken)));
    expectInvalidToken(
      await api.post('/refresh').set(CSRF_HEADERS).send({ refresh_token: phone.refreshToken }),
    );
    const next = await mintLogin(testApp, JOHN.id);
    expect((await api.get('/me').set(bearer(next.accessToken))).status).toBe(200);
  });
});
