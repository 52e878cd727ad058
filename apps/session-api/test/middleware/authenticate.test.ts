import { StoreUnavailableError } from '@authlab/http/errors';
import { CSRF_HEADERS, http, stepsOf } from '@authlab/http/testing/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionStore } from '../../src/stores/session-store.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { JANE, logIn } from '../helpers/http.ts';

/**
 * koa-session calls `store.get` in `initFromExternal`, outside its try/finally: a failure there
 * must surface as 503 — if it were swallowed into "no session", a route that only asks "is there a
 * user?" would be open during every store outage.
 */
describe('authenticate when the store fails', () => {
  let testApp: TestApp;
  let cookie: string;
  let failing = false;

  beforeAll(async () => {
    testApp = buildTestApp({
      wrapSessionStore: (store): SessionStore => ({
        ...store,
        touch: (id) => (failing ? Promise.reject(new StoreUnavailableError()) : store.touch(id)),
      }),
    });
    cookie = await logIn(testApp, JANE);
    failing = true;
  });
  afterAll(() => testApp.close());

  it('answers 503 store_unavailable with Retry-After, never an anonymous session', async () => {
    const response = await http(testApp).get('/me').set('Cookie', cookie);
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe('store_unavailable');
    expect(response.headers['retry-after']).toBe('1');
    expect(stepsOf(response)).toEqual([
      'session.auth.read-cookie',
      'session.auth.load-session:unavailable',
    ]);
  });

  it('does not let the idempotent logout pretend it succeeded', async () => {
    const response = await http(testApp).post('/logout').set(CSRF_HEADERS).set('Cookie', cookie);
    expect(response.status).toBe(503);
  });

  it('answers 503 on login when the pre-login session cannot be loaded', async () => {
    const response = await http(testApp)
      .post('/login')
      .set(CSRF_HEADERS)
      .set('Cookie', cookie)
      .send(JANE);
    expect(response.status).toBe(503);
    expect(stepsOf(response)).toEqual([
      'session.csrf.check-request',
      'session.login.rate-limit',
      'session.login.verify-credentials',
      'session.auth.read-cookie',
      'session.auth.load-session:unavailable',
    ]);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('needs no store for a request without a cookie: 401 straight away', async () => {
    const response = await http(testApp).get('/me');
    expect(response.status).toBe(401);
  });
});
