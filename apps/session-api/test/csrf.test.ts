import { CSRF_HEADERS, http, stepsOf } from '@authlab/http/testing/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/build-test-app.ts';
import { JANE, logIn } from './helpers/http.ts';

describe('CSRF', () => {
  let testApp: TestApp;
  let cookie: string;

  beforeAll(async () => {
    testApp = buildTestApp();
    cookie = await logIn(testApp, JANE);
  });
  afterAll(() => testApp.close());

  const login = () =>
    http(testApp).post('/login').send({ email: JANE.email, password: JANE.password });

  it('rejects a cross-site request', async () => {
    const response = await login().set(CSRF_HEADERS).set('Sec-Fetch-Site', 'cross-site');
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_rejected');
    // Refused before the rate limiter or the password hash: no work for a forged request.
    expect(stepsOf(response)).toEqual(['session.csrf.check-request:denied']);
  });

  it('rejects a foreign Origin', async () => {
    const response = await login().set(CSRF_HEADERS).set('Origin', 'https://evil.example');
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_rejected');
  });

  it('rejects a request without the custom header', async () => {
    const response = await login();
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_rejected');
  });

  it('protects session routes too: a forged logout leaves the session alive', async () => {
    const response = await http(testApp)
      .post('/logout')
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example')
      .set(CSRF_HEADERS);
    expect(response.status).toBe(403);
    expect((await http(testApp).get('/me').set('Cookie', cookie)).status).toBe(200);
  });

  it('lets a same-origin request from an allowed Origin through', async () => {
    const response = await http(testApp)
      .post('/logout')
      .set(CSRF_HEADERS)
      .set('Origin', 'http://localhost:5173')
      .set('Sec-Fetch-Site', 'same-origin');
    expect(response.status).toBe(200);
  });
});
