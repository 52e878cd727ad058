import { CSRF_HEADERS, http, readSetCookie, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { TEST_START_MS } from '@authlab/http/testing/test-defaults';
import type { Response } from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import {
  bearer,
  decodePart,
  JANE,
  JOHN,
  postLogin,
  SAM,
  withRefreshCookie,
} from '../helpers/http.ts';

const JOHN_PUBLIC = {
  id: 42,
  email: 'john@example.com',
  name: 'John Doe',
  role: 'admin',
  disabled: false,
};

describe('POST /login', () => {
  let testApp: TestApp;
  // One real login shared by the cookie-mode assertions: the password KDF is slow by design.
  let loggedIn: Response;
  beforeAll(async () => {
    testApp = buildTestApp();
    loggedIn = await postLogin(testApp, JOHN);
  });
  afterAll(() => testApp.close());

  it('logs in a demo user and returns the public user', async () => {
    expect(loggedIn.status).toBe(200);
    expect(loggedIn.body).toEqual({
      success: true,
      user: JOHN_PUBLIC,
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 900,
    });
    const me = await http(testApp).get('/me').set(bearer(loggedIn.body.access_token));
    expect(me.body).toEqual({ user: JOHN_PUBLIC });
  });

  it('signs an at+jwt access token with the registered claims and no secrets', () => {
    const token: string = loggedIn.body.access_token;
    const iat = TEST_START_MS / 1000;

    expect(decodePart(token, 0)).toEqual({
      alg: 'HS256',
      typ: 'at+jwt',
      kid: testApp.keys.signingKey.kid,
    });
    expect(decodePart(token, 1)).toEqual({
      iss: 'authlab-jwt-api',
      aud: 'authlab-api',
      sub: '42',
      iat,
      exp: iat + 900,
      jti: expect.any(String),
      email: 'john@example.com',
      name: 'John Doe',
      role: 'admin',
      ver: testApp.users.findUserById(42)?.credentialVersion,
      fid: expect.any(String),
    });
  });

  it('sets the refresh token as an HttpOnly, SameSite=Strict cookie scoped to /refresh', () => {
    const cookie = readSetCookie(loggedIn, 'authlab.rt');

    expect(cookie?.attributes.get('path')).toBe('/refresh');
    expect(cookie?.attributes.get('samesite')).toBe('strict');
    expect(cookie?.attributes.has('httponly')).toBe(true);
    expect(cookie?.attributes.has('secure')).toBe(false);
    expect(loggedIn.body).not.toHaveProperty('refresh_token');
    expect(decodePart(cookie?.value ?? '', 0).typ).toBe('rt+jwt');
    expect(decodePart(cookie?.value ?? '', 1)).toMatchObject({
      aud: 'authlab-refresh',
      sub: '42',
      exp: TEST_START_MS / 1000 + 604_800,
      fid: decodePart(loggedIn.body.access_token, 1).fid,
    });
  });

  it('returns the refresh token in the body when refresh_delivery is body (the documents’ mode)', async () => {
    const response = await postLogin(testApp, JANE, 'body');

    expect(response.status).toBe(200);
    expect(response.body.refresh_token).toEqual(expect.any(String));
    expect(response.body.refresh_expires_in).toBe(604_800);
    // Body mode expires any refresh cookie left by an earlier cookie-mode login.
    expect(readSetCookie(response, 'authlab.rt')?.value).toBe('');
  });

  it('answers 401 invalid_credentials identically for an unknown email and a wrong password', async () => {
    const [unknown, wrong] = await Promise.all([
      postLogin(testApp, { email: 'nobody@example.com', password: 'wrong-pass' }),
      postLogin(testApp, { ...JANE, password: 'wrong-pass' }),
    ]);

    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body.error.code).toBe('invalid_credentials');
    expect(unknown.headers['set-cookie']).toBeUndefined();
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(stepsOf(unknown)).toEqual(stepsOf(wrong));
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
    expect(stepIdsOf(response)).toEqual(['jwt.csrf.check-request']);
  });

  it('answers 400 validation_failed for an unknown refresh_delivery', async () => {
    const response = await http(testApp)
      .post('/login')
      .set(CSRF_HEADERS)
      .send({ ...JOHN, refresh_delivery: 'localStorage' });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
  });
});

describe('POST /login over HTTPS', () => {
  it('uses the __Secure- cookie name with Secure when COOKIE_SECURE', async () => {
    const secureApp = buildTestApp({ env: { COOKIE_SECURE: 'true' } });
    try {
      const response = await postLogin(secureApp, JOHN);
      const cookie = readSetCookie(response, '__Secure-authlab.rt');
      expect(cookie?.attributes.has('secure')).toBe(true);
      expect(cookie?.attributes.get('path')).toBe('/refresh');
      expect(readSetCookie(response, 'authlab.rt')).toBeNull();
      const refreshed = await http(secureApp)
        .post('/refresh')
        .set(withRefreshCookie(cookie?.value ?? '', '__Secure-authlab.rt'));
      expect(refreshed.status).toBe(200);
    } finally {
      secureApp.close();
    }
  });
});

// Limits of 1 keep these fast: each failed attempt still costs one scrypt verification.
describe('POST /login rate limits', () => {
  let testApp: TestApp | null = null;
  afterEach(() => testApp?.close());

  it('rate-limits repeated failures per account with 429 and Retry-After', async () => {
    testApp = buildTestApp({ env: { LOGIN_RATE_LIMIT_ACCOUNT: '1/900' } });
    expect((await postLogin(testApp, { ...JANE, password: 'wrong-pass' })).status).toBe(401);

    // Even the right password: the account is locked for the rest of the window.
    const response = await postLogin(testApp, JANE);
    expect(response.status).toBe(429);
    expect(response.body.error.code).toBe('rate_limited');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(stepsOf(response)).toEqual(['jwt.csrf.check-request', 'jwt.login.rate-limit:denied']);
  });

  it('rate-limits attempts per client address and ignores X-Forwarded-For', async () => {
    testApp = buildTestApp({ env: { LOGIN_RATE_LIMIT_ADDRESS: '1/900' } });
    const attempt = (email: string, forwardedFor: string) =>
      http(testApp as TestApp)
        .post('/login')
        .set({ ...CSRF_HEADERS, 'X-Forwarded-For': forwardedFor })
        .send({ email, password: 'wrong-pass' });
    expect((await attempt('a@example.com', '203.0.113.1')).status).toBe(401);

    const response = await attempt('b@example.com', '203.0.113.2');
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBeDefined();
  });

  it('counts per forwarded address only when TRUST_PROXY is set', async () => {
    testApp = buildTestApp({ env: { LOGIN_RATE_LIMIT_ADDRESS: '1/900', TRUST_PROXY: 'true' } });
    const attempt = (forwardedFor: string) =>
      http(testApp as TestApp)
        .post('/login')
        .set({ ...CSRF_HEADERS, 'X-Forwarded-For': forwardedFor })
        .send({ email: 'a@example.com', password: 'wrong-pass' });
    await attempt('203.0.113.1');

    expect((await attempt('203.0.113.1')).status).toBe(429);
    expect((await attempt('203.0.113.2')).status).toBe(401);
  });
});
