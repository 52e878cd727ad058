import { CSRF_HEADERS, http, readSetCookies, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { JANE, logIn, storeKeyOf } from '../helpers/http.ts';

describe('POST /logout', () => {
  let testApp: TestApp;
  let cookie: string;

  beforeAll(async () => {
    testApp = buildTestApp();
    cookie = await logIn(testApp, JANE);
  });
  afterAll(() => testApp.close());

  it('ends the login', async () => {
    const response = await http(testApp).post('/logout').set(CSRF_HEADERS).set('Cookie', cookie);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ success: true });
    expect(stepIdsOf(response)).toEqual([
      'session.csrf.check-request',
      'session.auth.read-cookie',
      'session.auth.load-session',
      'session.logout.destroy-session',
      'session.logout.respond',
    ]);
    // Destroyed in the store, not just forgotten by the browser.
    expect(await testApp.sessionStore.touch(storeKeyOf(testApp, cookie))).toEqual({
      status: 'missing',
    });
    const cleared = readSetCookies(response);
    // Only the id cookie: it is not signed, so there is no `.sig` cookie to clear.
    expect(cleared.map((entry) => entry.name)).toEqual(['authlab.sid']);
    for (const entry of cleared) {
      expect(entry.attributes.get('expires')).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
      expect(entry.attributes.get('path')).toBe('/');
    }
    expect(cleared[0]?.value).toBe('');
  });

  it('rejects a replay of the old credential after logout', async () => {
    const response = await http(testApp).get('/me').set('Cookie', cookie);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
    expect(stepsOf(response)).toEqual([
      'session.auth.read-cookie',
      'session.auth.load-session:missing',
      'session.auth.reject',
    ]);
  });

  it('is idempotent: without a live session it still answers 200 and clears the cookie', async () => {
    const response = await http(testApp).post('/logout').set(CSRF_HEADERS).set('Cookie', cookie);
    expect(response.status).toBe(200);
    expect(stepsOf(response)).toEqual([
      'session.csrf.check-request',
      'session.auth.read-cookie',
      'session.auth.load-session:missing',
      'session.logout.destroy-session',
      'session.logout.respond',
    ]);
  });
});
