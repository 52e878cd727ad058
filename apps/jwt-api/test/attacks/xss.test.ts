import { CSRF_HEADERS, http, readSetCookie } from '@authlab/http/testing/http';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin, type TestApp } from '../helpers/build-test-app.ts';
import { bearer, JOHN, postLogin, withRefreshCookie } from '../helpers/http.ts';

let testApp: TestApp;
afterEach(() => testApp.close());

describe('XSS by storage mode', () => {
  it('keeps the refresh token out of the login answer a script can read (recommended mode)', async () => {
    testApp = buildTestApp();
    const login = await postLogin(testApp, JOHN);
    expect(login.status).toBe(200);
    expect(login.body.refresh_token).toBeUndefined();
    expect(readSetCookie(login, 'authlab.rt')?.attributes.has('httponly')).toBe(true);
  });

  it("refuses a cookie-mode refresh token sent in a body, as a thief's copy would be", async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id, 'cookie');
    const replayed = await http(testApp)
      .post('/refresh')
      .set(CSRF_HEADERS)
      .send({ refresh_token: login.refreshToken });
    expect(replayed.status).toBe(401);
    expect(replayed.body.error.code).toBe('invalid_token');
  });

  it('mints a fresh access token for a same-origin script, cookie attached: HttpOnly stops theft, not abuse', async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id, 'cookie');
    const minted = await http(testApp)
      .post('/refresh')
      .set(CSRF_HEADERS)
      .set(withRefreshCookie(login.refreshToken));
    expect(minted.status).toBe(200);
    expect(typeof minted.body.access_token).toBe('string');
  });

  it("lets a stolen documents'-mode refresh token refresh from anywhere", async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id, 'body');
    const stolen = await http(testApp)
      .post('/refresh')
      .set(CSRF_HEADERS)
      .send({ refresh_token: login.refreshToken });
    expect(stolen.status).toBe(200);
    expect(typeof stolen.body.refresh_token).toBe('string');
  });

  it('refuses a stolen access token once it expires: the short lifetime is the limit', async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id);
    expect((await http(testApp).get('/me').set(bearer(login.accessToken))).status).toBe(200);
    testApp.clock.advanceSeconds(testApp.config.accessTokenTtlSeconds + 60);
    expect((await http(testApp).get('/me').set(bearer(login.accessToken))).status).toBe(401);
  });
});
