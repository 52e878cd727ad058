import { http, stepsOf } from '@authlab/http/testing/http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/build-test-app.ts';
import { JANE, logIn, storeKeyOf } from './helpers/http.ts';

const MINUTE = 60;

describe('expiry', () => {
  let testApp: TestApp;
  let cookie: string;

  beforeEach(async () => {
    testApp = buildTestApp();
    cookie = await logIn(testApp, JANE);
  });
  afterEach(() => testApp.close());

  const getMe = () => http(testApp).get('/me').set('Cookie', cookie);

  it('slides the idle deadline: a request at 29 minutes keeps the session for 30 more', async () => {
    testApp.clock.advanceSeconds(29 * MINUTE);
    expect((await getMe()).status).toBe(200);
    testApp.clock.advanceSeconds(29 * MINUTE);
    const response = await getMe();
    expect(response.status).toBe(200);
    // Sliding happened in the store, in the same call that loaded the session.
    const stored = await testApp.sessionStore.touch(storeKeyOf(testApp, cookie));
    expect(stored.status === 'active' && stored.session.lastSeenAt).toBe(testApp.clock.now());
  });

  it('ends a session after 30 minutes without a request', async () => {
    testApp.clock.advanceSeconds(31 * MINUTE);
    const response = await getMe();
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
    expect(stepsOf(response)).toEqual([
      'session.auth.read-cookie',
      'session.auth.load-session:expired',
      'session.auth.reject',
    ]);
    // The refusal clears nothing: the browser may keep its cookie (no Max-Age), the id is simply
    // dead on the server — gone from the store, not just refused once.
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(await testApp.sessionStore.touch(storeKeyOf(testApp, cookie))).toEqual({
      status: 'missing',
    });
  });

  it('still ends an active session 8 hours after login (absolute timeout)', async () => {
    let elapsedSeconds = 0;
    while (elapsedSeconds + 29 * MINUTE < 8 * 60 * MINUTE) {
      testApp.clock.advanceSeconds(29 * MINUTE);
      elapsedSeconds += 29 * MINUTE;
      expect((await getMe()).status).toBe(200);
    }
    testApp.clock.advanceSeconds(8 * 60 * MINUTE - elapsedSeconds);
    const response = await getMe();
    expect(response.status).toBe(401);
    expect(stepsOf(response)).toContain('session.auth.load-session:expired');
  });
});
