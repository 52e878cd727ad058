import {
  CSRF_HEADERS,
  http,
  readSetCookie,
  requestSteps,
  stepIdsOf,
} from '@authlab/http/testing/http';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin, type TestApp } from '../helpers/build-test-app.ts';
import { bearer, JOHN, postLogin, withRefreshCookie } from '../helpers/http.ts';

let testApp: TestApp;
afterEach(() => testApp.close());

/** POST /refresh as the page's own script sends it: the browser attaches the refresh cookie. */
const refreshWithCookie = (token: string) =>
  http(testApp).post('/refresh').set(CSRF_HEADERS).set(withRefreshCookie(token));
/** POST /refresh with the token in the body, as the documents' mode (or a thief) sends it. */
const refreshWithBody = (token: string) =>
  http(testApp).post('/refresh').set(CSRF_HEADERS).send({ refresh_token: token });

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
    const replayed = await refreshWithBody(login.refreshToken);
    expect(replayed.status).toBe(401);
    expect(replayed.body.error.code).toBe('invalid_token');
  });

  it('mints a fresh access token for a same-origin script, cookie attached: HttpOnly stops theft, not abuse', async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id, 'cookie');
    const minted = await refreshWithCookie(login.refreshToken);
    expect(minted.status).toBe(200);
    expect(typeof minted.body.access_token).toBe('string');
  });

  it("lets a stolen documents'-mode refresh token refresh from anywhere", async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id, 'body');
    const stolen = await refreshWithBody(login.refreshToken);
    expect(stolen.status).toBe(200);
    expect(typeof stolen.body.refresh_token).toBe('string');
  });

  it('reports the server steps of the jwt.attack-xss-memory flow', async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id, 'cookie');
    const minted = await refreshWithCookie(login.refreshToken);
    const replay = await http(testApp).get('/me').set(bearer(minted.body.access_token));
    expect(stepIdsOf(minted)).toEqual(requestSteps('jwt.attack-xss-memory', 0));
    expect(stepIdsOf(replay)).toEqual(requestSteps('jwt.attack-xss-memory', 1));
  });

  it('reports the server steps of the jwt.attack-xss-documents flow', async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id, 'body');
    const stolen = await refreshWithBody(login.refreshToken);
    expect(stepIdsOf(stolen)).toEqual(requestSteps('jwt.attack-xss-documents', 0));
  });

  it('refuses a stolen access token once it expires: the short lifetime is the limit', async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id);
    expect((await http(testApp).get('/me').set(bearer(login.accessToken))).status).toBe(200);
    testApp.clock.advanceSeconds(testApp.config.accessTokenTtlSeconds + 60);
    expect((await http(testApp).get('/me').set(bearer(login.accessToken))).status).toBe(401);
  });
});
