import { http, readSetCookie, requestSteps, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { cookieHeaderFrom, JANE, JOHN, logIn, postLogin, sessionIdOf } from '../helpers/http.ts';

let testApp: TestApp;
afterEach(() => testApp.close());

/**
 * The attacker signs in as himself and keeps that session id; then plants it in the victim's
 * browser (cookie tossing from a sibling subdomain, a network attacker on plain HTTP…), so the
 * victim's login arrives carrying it.
 */
async function plantAttackerSession(): Promise<string> {
  return logIn(testApp, JANE);
}

describe('session fixation', () => {
  it('kills the planted id at login by default: a new id is issued', async () => {
    testApp = buildTestApp();
    const planted = await plantAttackerSession();
    const login = await postLogin(testApp, JOHN, planted);
    expect(login.status).toBe(200);
    expect(stepsOf(login)).toContain('session.login.regenerate-id');
    expect(readSetCookie(login, 'authlab.sid')?.value).not.toBe(sessionIdOf(planted));
    expect(login.headers['x-authlab-lab-mode']).toBeUndefined();
    const attacker = await http(testApp).get('/me').set('Cookie', planted);
    expect(attacker.status).toBe(401);
  });

  it('with fixation-keep-pre-login-id on, the planted id becomes the victim’s, labelled', async () => {
    testApp = buildTestApp({ env: { LAB_MODES: 'fixation-keep-pre-login-id' } });
    const planted = await plantAttackerSession();
    const login = await postLogin(testApp, JOHN, planted);
    expect(login.status).toBe(200);
    expect(login.headers['x-authlab-lab-mode']).toBe('fixation-keep-pre-login-id');
    expect(stepsOf(login)).not.toContain('session.login.regenerate-id');
    const attacker = await http(testApp).get('/me').set('Cookie', planted);
    expect(attacker.status).toBe(200);
    expect(attacker.body.user.email).toBe(JOHN.email);
  });

  it('with the mode on, a login without a pre-login id still gets a fresh one', async () => {
    testApp = buildTestApp({ env: { LAB_MODES: 'fixation-keep-pre-login-id' } });
    const login = await postLogin(testApp, JOHN);
    expect(login.status).toBe(200);
    expect(login.headers['x-authlab-lab-mode']).toBeUndefined();
  });

  it('reports the server steps of the session.attack-fixation flow', async () => {
    testApp = buildTestApp();
    const attackerLogin = await postLogin(testApp, JANE);
    const planted = cookieHeaderFrom(attackerLogin);
    const victimLogin = await postLogin(testApp, JOHN, planted);
    const replay = await http(testApp).get('/me').set('Cookie', planted);
    expect(stepIdsOf(attackerLogin)).toEqual(requestSteps('session.attack-fixation', 0));
    expect(stepIdsOf(victimLogin)).toEqual(requestSteps('session.attack-fixation', 1));
    expect(stepIdsOf(replay)).toEqual(requestSteps('session.attack-fixation', 2));
  });
});
