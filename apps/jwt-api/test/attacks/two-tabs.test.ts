import { CSRF_HEADERS, http, requestSteps, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterEach, describe, expect, it } from 'vitest';
import { REFRESH_GRACE_WINDOW_SECONDS } from '../../src/tokens/refresh-grace-window.ts';
import { buildTestApp, mintLogin, type TestApp } from '../helpers/build-test-app.ts';
import { bearer, JOHN, refreshCookieOf, withRefreshCookie } from '../helpers/http.ts';

let testApp: TestApp;
afterEach(() => testApp.close());

/** One tab's POST /refresh, with the refresh cookie it read from the shared cookie jar. */
const refresh = (token: string) =>
  http(testApp).post('/refresh').set(CSRF_HEADERS).set(withRefreshCookie(token));

describe('two tabs, one refresh token', () => {
  it('revokes the family when the second tab refreshes with the spent token (secure default)', async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id);
    const first = await refresh(login.refreshToken);
    expect(first.status).toBe(200);
    const second = await refresh(login.refreshToken);
    expect(second.status).toBe(401);
    expect(stepsOf(second)).toContain('jwt.refresh.verify-refresh-token:reused');
    expect(second.headers['x-authlab-lab-mode']).toBeUndefined();
    // Every tab is logged out: the first tab's new token died with the family.
    expect((await refresh(refreshCookieOf(first))).status).toBe(401);
  });

  it('lets only one of two simultaneous refreshes win, and revokes the family (secure default)', async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id);
    const answers = await Promise.all([refresh(login.refreshToken), refresh(login.refreshToken)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
    const winner = answers.find((answer) => answer.status === 200);
    expect((await refresh(refreshCookieOf(winner as (typeof answers)[number]))).status).toBe(401);
  });

  it('reports the server steps of the jwt.attack-two-tabs flow', async () => {
    testApp = buildTestApp();
    const login = await mintLogin(testApp, JOHN.id);
    const first = await refresh(login.refreshToken);
    const second = await refresh(login.refreshToken);
    const next = await http(testApp).get('/me').set(bearer(first.body.access_token));
    expect(next.status).toBe(401);
    expect(stepIdsOf(first)).toEqual(requestSteps('jwt.attack-two-tabs', 0));
    expect(stepIdsOf(second)).toEqual(requestSteps('jwt.attack-two-tabs', 1));
    expect(stepIdsOf(next)).toEqual(requestSteps('jwt.attack-two-tabs', 2));
  });

  it('with refresh-grace-window on, gives the duplicate the same successor, labelled', async () => {
    testApp = buildTestApp({ env: { LAB_MODES: 'refresh-grace-window' } });
    const login = await mintLogin(testApp, JOHN.id);
    const first = await refresh(login.refreshToken);
    const second = await refresh(login.refreshToken);
    expect(second.status).toBe(200);
    expect(refreshCookieOf(second)).toBe(refreshCookieOf(first));
    expect(second.headers['x-authlab-lab-mode']).toBe('refresh-grace-window');
    expect(first.headers['x-authlab-lab-mode']).toBeUndefined();
    expect((await refresh(refreshCookieOf(first))).status).toBe(200);
  });

  it('with refresh-grace-window on, lets two simultaneous refreshes both succeed', async () => {
    testApp = buildTestApp({ env: { LAB_MODES: 'refresh-grace-window' } });
    const login = await mintLogin(testApp, JOHN.id);
    const answers = await Promise.all([refresh(login.refreshToken), refresh(login.refreshToken)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
  });

  it('with refresh-grace-window on, treats a duplicate after the window as reuse again', async () => {
    testApp = buildTestApp({ env: { LAB_MODES: 'refresh-grace-window' } });
    const login = await mintLogin(testApp, JOHN.id);
    expect((await refresh(login.refreshToken)).status).toBe(200);
    testApp.clock.advanceSeconds(REFRESH_GRACE_WINDOW_SECONDS + 1);
    const late = await refresh(login.refreshToken);
    expect(late.status).toBe(401);
    expect(stepsOf(late)).toContain('jwt.refresh.verify-refresh-token:reused');
  });
});
