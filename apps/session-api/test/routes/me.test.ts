import { CSRF_HEADERS, http, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { JANE, logIn } from '../helpers/http.ts';

describe('GET /me', () => {
  let testApp: TestApp;
  let cookie: string;

  beforeAll(async () => {
    testApp = buildTestApp();
    cookie = await logIn(testApp, JANE);
  });
  afterAll(() => testApp.close());

  it('returns the logged-in user', async () => {
    const response = await http(testApp).get('/me').set('Cookie', cookie);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      user: { id: 43, email: 'jane@example.com', name: 'Jane Roe', role: 'user', disabled: false },
    });
    expect(stepIdsOf(response)).toEqual([
      'session.auth.read-cookie',
      'session.auth.load-session',
      'session.request.respond',
    ]);
  });

  it('answers 401 without a credential', async () => {
    const response = await http(testApp).get('/me');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: { code: 'unauthenticated', message: expect.any(String) },
    });
    expect(stepsOf(response)).toEqual(['session.auth.read-cookie:absent', 'session.auth.reject']);
  });

  it('stores nothing for an anonymous visitor', async () => {
    await http(testApp).get('/me');
    await http(testApp).post('/logout').set(CSRF_HEADERS);
    const stored = await testApp.sessionStore.list(10);
    expect(stored.map((entry) => entry.session.userId)).toEqual([43]);
  });

  it('does not rewrite the session or the cookie on a request that changes nothing', async () => {
    const response = await http(testApp).get('/me').set('Cookie', cookie);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('answers 405 method_not_allowed for a method the route does not have', async () => {
    const response = await http(testApp).delete('/me').set(CSRF_HEADERS).set('Cookie', cookie);
    expect(response.status).toBe(405);
    expect(response.body.error.code).toBe('method_not_allowed');
  });

  it('answers 404 not_found in JSON for an unknown path', async () => {
    const response = await http(testApp).get('/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});
