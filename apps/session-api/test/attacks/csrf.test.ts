import { http, readSetCookie, requestSteps, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { JOHN, logIn } from '../helpers/http.ts';

/** What a browser sends with a form the attacker site (another site) auto-submits. */
const FORGED_FORM = { 'Sec-Fetch-Site': 'cross-site', Origin: 'http://127.0.0.1:4300' };
const LAYER_MODES = ['csrf-no-fetch-metadata', 'csrf-no-origin-check', 'csrf-no-custom-header'];

let testApp: TestApp;
afterEach(() => testApp.close());

async function forgeLogoutAll(cookie: string) {
  return http(testApp).post('/logout-all').set(FORGED_FORM).set('Cookie', cookie);
}

describe('CSRF from a second site', () => {
  it('refuses the forged form at the Fetch Metadata layer by default', async () => {
    testApp = buildTestApp();
    const cookie = await logIn(testApp, JOHN);
    const forged = await forgeLogoutAll(cookie);
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('csrf_rejected');
    expect(stepsOf(forged)).toEqual(['session.csrf.check-request:denied']);
    expect(forged.headers['x-authlab-lab-mode']).toBeUndefined();
    expect((await http(testApp).get('/me').set('Cookie', cookie)).status).toBe(200);
  });

  it.each([
    [['csrf-no-fetch-metadata'], 'origin'],
    [['csrf-no-fetch-metadata', 'csrf-no-origin-check'], 'header'],
  ])(
    'with %j on, the next layer refuses it (%s) and the response is labelled',
    async (modes, layer) => {
      testApp = buildTestApp({ env: { LAB_MODES: modes.join(',') } });
      const cookie = await logIn(testApp, JOHN);
      const forged = await forgeLogoutAll(cookie);
      expect(forged.status).toBe(403);
      expect(forged.headers['x-authlab-lab-mode']).toBe(modes.join(', '));
      const journal = await http(testApp).get('/lab/requests');
      expect(journal.body.requests.at(-1).csrf_rejection).toBe(layer);
    },
  );

  it('with every header layer off, a forged request carrying the cookie goes through, labelled', async () => {
    testApp = buildTestApp({ env: { LAB_MODES: LAYER_MODES.join(',') } });
    const cookie = await logIn(testApp, JOHN);
    const forged = await forgeLogoutAll(cookie);
    expect(forged.status).toBe(200);
    expect(forged.headers['x-authlab-lab-mode']).toBe(LAYER_MODES.join(', '));
    expect((await http(testApp).get('/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('without the cookie (SameSite kept it home) the same request reaches nobody', async () => {
    testApp = buildTestApp({ env: { LAB_MODES: LAYER_MODES.join(',') } });
    const forged = await http(testApp).post('/logout-all').set(FORGED_FORM);
    expect(forged.status).toBe(401);
    expect(stepsOf(forged)).toContain('session.auth.read-cookie:absent');
  });

  it('sets a SameSite=Strict session cookie by default', async () => {
    testApp = buildTestApp();
    const login = await http(testApp)
      .post('/login')
      .set('X-Requested-With', 'authlab')
      .send({ email: JOHN.email, password: JOHN.password });
    expect(readSetCookie(login, 'authlab.sid')?.attributes.get('samesite')).toBe('strict');
    expect(login.headers['x-authlab-lab-mode']).toBeUndefined();
  });

  it('sets SameSite=Lax while csrf-samesite-lax is on, labelled', async () => {
    testApp = buildTestApp({ env: { LAB_MODES: 'csrf-samesite-lax' } });
    const login = await http(testApp)
      .post('/login')
      .set('X-Requested-With', 'authlab')
      .send({ email: JOHN.email, password: JOHN.password });
    expect(readSetCookie(login, 'authlab.sid')?.attributes.get('samesite')).toBe('lax');
    expect(login.headers['x-authlab-lab-mode']).toBe('csrf-samesite-lax');
  });

  it('reports the server steps of the session.attack-csrf flow', async () => {
    testApp = buildTestApp();
    const forged = await forgeLogoutAll(await logIn(testApp, JOHN));
    const navigation = await http(testApp).get('/me').set('Sec-Fetch-Site', 'cross-site');
    expect(stepIdsOf(forged)).toEqual(requestSteps('session.attack-csrf', 0));
    expect(stepIdsOf(navigation)).toEqual(requestSteps('session.attack-csrf', 1));
  });
});
