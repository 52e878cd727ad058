import { expectedServerTrace, getFlow } from '@authlab/flows/catalog';
import { CSRF_HEADERS, http, readSetCookie, stepsOf } from '@authlab/http/testing/http';
import { createTestClock } from '@authlab/http/testing/test-defaults';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, generateEs256PrivateKeyPem, mintLogin } from './helpers/build-test-app.ts';
import { bearer, JANE, JOHN, withRefreshCookie } from './helpers/http.ts';

/** The flow's server steps as `id` or `id:outcome`, the way `stepsOf(response)` reads them. */
function expectedTrace(flowId: string): string[] {
  const flow = getFlow(flowId);
  if (flow === null) throw new Error(`Unknown flow ${flowId}.`);
  return expectedServerTrace(flow).map((entry) =>
    entry.outcome === undefined ? entry.id : `${entry.id}:${entry.outcome}`,
  );
}

function traceOfAll(...responses: Response[]): string[] {
  return responses.flatMap((response) => stepsOf(response));
}

describe('trace', () => {
  const clock = createTestClock();
  const testApp = buildTestApp({ clock });
  afterAll(() => testApp.close());
  const api = http(testApp);
  const logIn = (email: string, password: string, delivery: 'cookie' | 'body') =>
    api.post('/login').set(CSRF_HEADERS).send({ email, password, refresh_delivery: delivery });
  let cookieLogin: Response;
  beforeAll(async () => {
    cookieLogin = await logIn(JOHN.email, JOHN.password, 'cookie');
  });

  it('reports the server steps of the jwt.login flow', () => {
    expect(cookieLogin.status).toBe(200);
    expect(stepsOf(cookieLogin)).toEqual(expectedTrace('jwt.login'));
  });

  it('reports the server steps of the jwt.storage flow', () => {
    expect(cookieLogin.body).not.toHaveProperty('refresh_token');
    expect(readSetCookie(cookieLogin, 'authlab.rt')?.attributes.has('httponly')).toBe(true);
    expect(stepsOf(cookieLogin)).toEqual(expectedTrace('jwt.storage'));
  });

  it('reports the server steps of the jwt.storage-documents flow', async () => {
    const login = await logIn(JANE.email, JANE.password, 'body');

    expect(login.body.refresh_token).toEqual(expect.any(String));
    expect(stepsOf(login)).toEqual(expectedTrace('jwt.storage-documents'));
  });

  it('reports the server steps of the jwt.request flow', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);

    const users = await api.get('/users').set(bearer(accessToken));

    expect(stepsOf(users)).toEqual(expectedTrace('jwt.request'));
  });

  it('reports the server steps of the jwt.refresh flow', async () => {
    const login = await mintLogin(testApp, JOHN.id);
    const startMs = clock.now();
    clock.advanceSeconds(16 * 60);
    try {
      const expired = await api.get('/users').set(bearer(login.accessToken));
      const refreshed = await api.post('/refresh').set(withRefreshCookie(login.refreshToken));
      const retried = await api.get('/users').set(bearer(refreshed.body.access_token));

      expect(retried.status).toBe(200);
      expect(traceOfAll(expired, refreshed, retried)).toEqual(expectedTrace('jwt.refresh'));
    } finally {
      clock.set(startMs);
    }
  });

  it('reports the server steps of the jwt.logout flow', async () => {
    const { accessToken } = await mintLogin(testApp, JANE.id);

    const logout = await api.post('/logout').set({ ...CSRF_HEADERS, ...bearer(accessToken) });
    const replay = await api.get('/me').set(bearer(accessToken));

    expect(replay.status).toBe(401);
    expect(traceOfAll(logout, replay)).toEqual(expectedTrace('jwt.logout'));
  });

  it('reports the server steps of the jwt.logout-client-only flow', async () => {
    const { accessToken } = await mintLogin(testApp, JANE.id);
    // The documents' logout: the client deletes its copies and tells the server nothing.

    const replay = await api.get('/me').set(bearer(accessToken));

    expect(replay.status).toBe(200);
    expect(stepsOf(replay)).toEqual(expectedTrace('jwt.logout-client-only'));
  });

  it('reports the server steps of the jwt.logout-all flow', async () => {
    const laptop = await mintLogin(testApp, JANE.id);
    const phone = await mintLogin(testApp, JANE.id);

    const logoutAll = await api
      .post('/logout-all')
      .set({ ...CSRF_HEADERS, ...bearer(laptop.accessToken) });
    const phoneRequest = await api.get('/me').set(bearer(phone.accessToken));

    expect(traceOfAll(logoutAll, phoneRequest)).toEqual(expectedTrace('jwt.logout-all'));
  });

  it('reports the server steps of the jwt.revocation flow', async () => {
    const admin = await mintLogin(testApp, JOHN.id);
    const jane = await mintLogin(testApp, JANE.id);

    const revoke = await api
      .delete(`/admin/users/${JANE.id}/sessions`)
      .set({ ...CSRF_HEADERS, ...bearer(admin.accessToken) });
    const victim = await api.get('/me').set(bearer(jane.accessToken));

    expect(traceOfAll(revoke, victim)).toEqual(expectedTrace('jwt.revocation'));
  });

  it('reports the server steps of the jwt.expiry flow', async () => {
    const login = await mintLogin(testApp, JOHN.id);
    const startMs = clock.now();
    try {
      clock.advanceSeconds(14 * 60);
      const early = await api.post('/refresh').set(withRefreshCookie(login.refreshToken));
      const rotated = readSetCookie(early, 'authlab.rt')?.value ?? '';
      clock.set(startMs + 30 * 24 * 60 * 60 * 1000);
      const familyEnd = await api.post('/refresh').set(withRefreshCookie(rotated));

      expect(traceOfAll(early, familyEnd)).toEqual(expectedTrace('jwt.expiry'));
    } finally {
      clock.set(startMs);
    }
  });

  it('reports the server steps of the jwt.password-change flow', async () => {
    const jane = await mintLogin(testApp, JANE.id);

    const change = await api
      .post('/me/password')
      .set({ ...CSRF_HEADERS, ...bearer(jane.accessToken) })
      .send({ current_password: JANE.password, new_password: 'jane-new-passphrase' });

    expect(change.status).toBe(200);
    expect(stepsOf(change)).toEqual(expectedTrace('jwt.password-change'));
  });
});

describe('trace (separate apps)', () => {
  it('reports the server steps of the jwt.disable-user flow', async () => {
    const testApp = buildTestApp();
    const admin = await mintLogin(testApp, JOHN.id);
    const jane = await mintLogin(testApp, JANE.id);

    const disable = await http(testApp)
      .patch(`/admin/users/${JANE.id}`)
      .set({ ...CSRF_HEADERS, ...bearer(admin.accessToken) })
      .send({ disabled: true });
    const victim = await http(testApp).get('/me').set(bearer(jane.accessToken));

    expect(traceOfAll(disable, victim)).toEqual(expectedTrace('jwt.disable-user'));
  });

  it('reports the server steps of the jwt.architecture flow', async () => {
    const env = { JWT_ALGORITHM: 'ES256', JWT_PRIVATE_KEY: generateEs256PrivateKeyPem() };
    const clock = createTestClock();
    const server1 = buildTestApp({ env, clock });
    // Server 2 shares only the key and the revocation store (and the users table) with server 1.
    const server2 = buildTestApp({
      env: { ...env, INSTANCE_ID: 'test-jwt-2' },
      clock,
      database: server1.database,
      revocationStore: server1.revocationStore,
    });

    const jwks = await http(server2).get('/.well-known/jwks.json');
    const login = await http(server1)
      .post('/login')
      .set(CSRF_HEADERS)
      .send({ email: JOHN.email, password: JOHN.password });
    const next = await http(server2).get('/me').set(bearer(login.body.access_token));

    expect(next.status).toBe(200);
    expect(next.headers['x-instance-id']).toBe('test-jwt-2');
    expect(traceOfAll(jwks, login, next)).toEqual(expectedTrace('jwt.architecture'));
  });

  it('names the steps without their durations in production', async () => {
    const production = buildTestApp({ env: { NODE_ENV: 'production', LAB_ENABLED: 'false' } });

    const response = await http(production).get('/me');

    const header = response.headers['server-timing'] ?? '';
    expect(header).toContain('jwt.');
    expect(header).not.toContain('dur=');
    production.close();
  });
});
