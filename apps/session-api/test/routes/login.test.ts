import { CSRF_HEADERS, http, readSetCookies, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import type { Response } from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateSessionId } from '../../src/session/session-cookie.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import {
  cookieHeaderFrom,
  JANE,
  JOHN,
  logIn,
  postLogin,
  SAM,
  sessionCookieHeader,
  sessionIdOf,
  storeKeyOf,
} from '../helpers/http.ts';

const LOGIN_STEPS = [
  'session.csrf.check-request',
  'session.login.rate-limit',
  'session.login.verify-credentials',
  'session.auth.read-cookie',
  'session.login.regenerate-id',
  'session.login.store-session',
  'session.login.set-cookie',
];

/** Everything a client can observe except what legitimately varies between two answers. */
function observable(response: Response) {
  const { date: _date, 'server-timing': serverTiming, ...headers } = response.headers;
  return {
    status: response.status,
    body: response.body,
    headers,
    steps: stepsOf(response),
    hasServerTiming: typeof serverTiming === 'string',
  };
}

describe('POST /login', () => {
  let testApp: TestApp;
  let johnLogin: Response;

  beforeAll(async () => {
    testApp = buildTestApp();
    johnLogin = await postLogin(testApp, JOHN);
  });
  afterAll(() => testApp.close());

  it('logs in a demo user and returns the public user', async () => {
    expect(johnLogin.status).toBe(200);
    expect(johnLogin.body).toEqual({
      success: true,
      user: { id: 42, email: 'john@example.com', name: 'John Doe', role: 'admin', disabled: false },
    });
    expect(stepIdsOf(johnLogin)).toEqual(LOGIN_STEPS);
    const me = await http(testApp).get('/me').set('Cookie', cookieHeaderFrom(johnLogin));
    expect(me.body.user.id).toBe(42);
  });

  it('sets an HttpOnly, SameSite=Strict, Path=/ browser-session cookie holding only an opaque id', () => {
    const cookies = readSetCookies(johnLogin);
    const [session] = cookies;
    expect(session?.name).toBe('authlab.sid');
    expect(session?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Not signed: no `authlab.sid.sig` (session-key.ts says why).
    expect(cookies.map((cookie) => cookie.name)).toEqual(['authlab.sid']);
    for (const cookie of [session]) {
      expect(cookie?.attributes.has('httponly')).toBe(true);
      expect(cookie?.attributes.get('samesite')).toBe('strict');
      expect(cookie?.attributes.get('path')).toBe('/');
      expect(cookie?.attributes.has('max-age')).toBe(false);
      expect(cookie?.attributes.has('expires')).toBe(false);
      expect(cookie?.attributes.has('secure')).toBe(false);
      expect(cookie?.attributes.has('domain')).toBe(false);
    }
  });

  it('keeps the user data on the server, never in the cookie', async () => {
    const cookie = cookieHeaderFrom(johnLogin);
    const id = sessionIdOf(cookie);
    expect(Buffer.from(id, 'base64url')).toHaveLength(32);
    // The store files the session under the HMAC of the id, never under the id itself.
    const key = storeKeyOf(testApp, cookie);
    expect(key).not.toBe(id);
    expect(await testApp.sessionStore.touch(id)).toEqual({ status: 'missing' });
    const stored = await testApp.sessionStore.touch(key);
    expect(stored).toMatchObject({ status: 'active', session: { userId: 42, role: 'admin' } });
  });

  it('answers 401 invalid_credentials identically for an unknown email and a wrong password', async () => {
    const unknownEmail = await postLogin(testApp, {
      email: 'nobody@example.com',
      password: 'x-pass',
    });
    const wrongPassword = await postLogin(testApp, { email: JOHN.email, password: 'x-pass' });
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body.error.code).toBe('invalid_credentials');
    expect(observable(unknownEmail)).toEqual(observable(wrongPassword));
    expect(stepsOf(unknownEmail)).toEqual([
      'session.csrf.check-request',
      'session.login.rate-limit',
      'session.login.verify-credentials:failed',
    ]);
    expect(unknownEmail.headers['set-cookie']).toBeUndefined();
  });

  it('answers 401 invalid_credentials for a disabled user', async () => {
    const response = await postLogin(testApp, SAM);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('invalid_credentials');
  });

  it('answers 400 validation_failed when a field is missing, without checking any password', async () => {
    const response = await http(testApp)
      .post('/login')
      .set(CSRF_HEADERS)
      .send({ email: JOHN.email });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(stepIdsOf(response)).toEqual(['session.csrf.check-request']);
  });
});

describe('POST /login over HTTPS', () => {
  it('uses the __Host- cookie name with Secure when COOKIE_SECURE', async () => {
    const secureApp = buildTestApp({ env: { COOKIE_SECURE: 'true' } });
    try {
      const response = await postLogin(secureApp, JANE);
      const cookies = readSetCookies(response);
      const [session] = cookies;
      expect(session?.name).toBe('__Host-authlab.sid');
      expect(cookies.map((cookie) => cookie.name)).toEqual(['__Host-authlab.sid']);
      expect(session?.attributes.has('secure')).toBe(true);
      expect(session?.attributes.get('path')).toBe('/');
      expect(session?.attributes.has('httponly')).toBe(true);
      const me = await http(secureApp).get('/me').set('Cookie', cookieHeaderFrom(response));
      expect(me.status).toBe(200);
    } finally {
      secureApp.close();
    }
  });
});

describe('POST /login rate limits', () => {
  let testApp: TestApp | null = null;
  afterEach(() => testApp?.close());

  it('rate-limits repeated failures per account with 429 and Retry-After', async () => {
    testApp = buildTestApp({ env: { LOGIN_RATE_LIMIT_ACCOUNT: '2/900' } });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await postLogin(testApp, { ...JOHN, password: 'wrong-pass' })).status).toBe(401);
    }
    // Even the right password: the account is locked for the rest of the window.
    const response = await postLogin(testApp, JOHN);
    expect(response.status).toBe(429);
    expect(response.body.error.code).toBe('rate_limited');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(stepsOf(response)).toEqual([
      'session.csrf.check-request',
      'session.login.rate-limit:denied',
    ]);
  });

  it('rate-limits attempts per client address and ignores X-Forwarded-For', async () => {
    testApp = buildTestApp({ env: { LOGIN_RATE_LIMIT_ADDRESS: '2/900' } });
    const attempt = (email: string, forwardedFor: string) =>
      http(testApp as TestApp)
        .post('/login')
        .set(CSRF_HEADERS)
        .set('X-Forwarded-For', forwardedFor)
        .send({ email, password: 'wrong-pass' });
    expect((await attempt('a@example.com', '203.0.113.1')).status).toBe(401);
    expect((await attempt('b@example.com', '203.0.113.2')).status).toBe(401);
    const response = await attempt('c@example.com', '203.0.113.3');
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBeDefined();
  });

  it('counts per forwarded address only when TRUST_PROXY is set', async () => {
    testApp = buildTestApp({ env: { LOGIN_RATE_LIMIT_ADDRESS: '2/900', TRUST_PROXY: 'true' } });
    const attempt = (forwardedFor: string) =>
      http(testApp as TestApp)
        .post('/login')
        .set(CSRF_HEADERS)
        .set('X-Forwarded-For', forwardedFor)
        .send({ email: 'a@example.com', password: 'wrong-pass' });
    await attempt('203.0.113.1');
    await attempt('203.0.113.1');
    expect((await attempt('203.0.113.1')).status).toBe(429);
    expect((await attempt('203.0.113.2')).status).toBe(401);
  });
});

describe('session fixation', () => {
  let testApp: TestApp;
  beforeAll(() => {
    testApp = buildTestApp();
  });
  afterAll(() => testApp.close());

  it('issues a new id at login and destroys the pre-login id in the store', async () => {
    const before = await logIn(testApp, JANE);
    const preLoginId = sessionIdOf(before);
    const after = await postLogin(testApp, JOHN, before);
    const postLoginId = sessionIdOf(cookieHeaderFrom(after));
    expect(postLoginId).not.toBe(preLoginId);
    expect(await testApp.sessionStore.touch(testApp.deriveStoreKey(preLoginId))).toEqual({
      status: 'missing',
    });
    const replay = await http(testApp).get('/me').set('Cookie', before);
    expect(replay.status).toBe(401);
  });

  it('never adopts an unknown session id chosen by an attacker', async () => {
    const plantedId = generateSessionId();
    const planted = sessionCookieHeader(plantedId);
    const probe = await http(testApp).get('/me').set('Cookie', planted);
    expect(probe.status).toBe(401);
    expect(stepsOf(probe)).toEqual([
      'session.auth.read-cookie',
      'session.auth.load-session:missing',
      'session.auth.reject',
    ]);
    expect(probe.headers['set-cookie']).toBeUndefined();

    const login = await postLogin(testApp, JANE, planted);
    expect(sessionIdOf(cookieHeaderFrom(login))).not.toBe(plantedId);
    expect(await testApp.sessionStore.touch(testApp.deriveStoreKey(plantedId))).toEqual({
      status: 'missing',
    });
  });

  it('refuses a cookie that is not a well-formed session id, without a store lookup', async () => {
    const cookie = sessionCookieHeader(`${generateSessionId()}.forged`);
    const response = await http(testApp).get('/me').set('Cookie', cookie);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
    expect(stepsOf(response)).toEqual(['session.auth.read-cookie:failed', 'session.auth.reject']);
  });
});
