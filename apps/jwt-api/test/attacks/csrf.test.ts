import { listLabModes } from '@authlab/flows/lab-modes';
import { http, requestSteps, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin, type TestApp } from '../helpers/build-test-app.ts';
import { JOHN, withRefreshCookie } from '../helpers/http.ts';

/** What a browser sends with a form the attacker site (another site) auto-submits. */
const FORGED_FORM = { 'Sec-Fetch-Site': 'cross-site', Origin: 'http://127.0.0.1:4300' };
const SESSION_CSRF_MODES = listLabModes('session')
  .filter((mode) => mode.attack === 'csrf')
  .map((mode) => mode.id);

let testApp: TestApp;
afterEach(() => testApp.close());

/** The attacker page's forged POST /refresh, with the refresh cookie a browser would attach. */
const forgeRefresh = (token: string) =>
  http(testApp).post('/refresh').set(FORGED_FORM).set(withRefreshCookie(token));

describe('CSRF from a second site', () => {
  it('refuses the forged form at the Fetch Metadata layer by default', async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id);
    const forged = await forgeRefresh(login.refreshToken);
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('csrf_rejected');
    expect(stepsOf(forged)).toEqual(['jwt.csrf.check-request:denied']);
    expect(forged.headers['x-authlab-lab-mode']).toBeUndefined();
  });

  it('answers a top-level GET 401: the browser never attaches a bearer header', async () => {
    testApp = buildTestApp();
    const navigation = await http(testApp).get('/me').set('Sec-Fetch-Site', 'cross-site');
    expect(navigation.status).toBe(401);
    expect(navigation.body.error.code).toBe('invalid_token');
  });

  it("ignores the session API's CSRF lab modes: its layers stay on", async () => {
    testApp = buildTestApp({ env: { LAB_MODES: SESSION_CSRF_MODES.join(',') } });
    const login = await mintLogin(testApp, JOHN.id);
    const forged = await forgeRefresh(login.refreshToken);
    expect(forged.status).toBe(403);
    expect(forged.headers['x-authlab-lab-mode']).toBeUndefined();
  });

  it('reports the server steps of the jwt.attack-csrf flow', async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id);
    const forged = await forgeRefresh(login.refreshToken);
    const navigation = await http(testApp).get('/me').set('Sec-Fetch-Site', 'cross-site');
    expect(stepIdsOf(forged)).toEqual(requestSteps('jwt.attack-csrf', 0));
    expect(stepIdsOf(navigation)).toEqual(requestSteps('jwt.attack-csrf', 1));
  });
});
