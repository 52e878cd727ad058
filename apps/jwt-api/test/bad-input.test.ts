import { CSRF_HEADERS, http, stepsOf } from '@authlab/http/testing/http';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_AUTHORIZATION_HEADER_BYTES } from '../src/middleware/authenticate.ts';
import { buildTestApp, mintLogin } from './helpers/build-test-app.ts';
import { expectInvalidToken, JOHN } from './helpers/http.ts';

describe('bad input', () => {
  const testApp = buildTestApp();
  afterAll(() => testApp.close());
  const api = http(testApp);
  const postLogin = () => api.post('/login').set(CSRF_HEADERS);

  it('answers 400 invalid_json for malformed JSON', async () => {
    const response = await postLogin().type('application/json').send('{"email": ');

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_json');
  });

  it('answers 400 validation_failed for wrong types', async () => {
    const response = await postLogin().send({ email: ['john@example.com'], password: 42 });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(JSON.stringify(response.body)).not.toContain('john@example.com');
  });

  it('answers 413 payload_too_large for an oversized body', async () => {
    const response = await postLogin().send({ email: JOHN.email, password: 'x'.repeat(20_000) });

    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it('answers 415 unsupported_media_type for a form post', async () => {
    const response = await postLogin().type('form').send('email=john%40example.com&password=x');

    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_media_type');
  });

  it('answers 400 validation_failed for NUL characters', async () => {
    const response = await postLogin().send({ email: 'john@example.com\u0000', password: 'x' });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
  });

  it('answers 400 validation_failed for other control characters and prototype keys', async () => {
    const control = await postLogin().send({ email: JOHN.email, password: 'pass\u001bword' });
    expect(control.status).toBe(400);
    expect(control.body.error.code).toBe('validation_failed');
    const proto = await postLogin()
      .set('Content-Type', 'application/json')
      .send('{"email":"a@example.com","password":"x","__proto__":{"role":"admin"}}');
    expect(proto.status).toBe(400);
    expect(proto.body.error.code).toBe('validation_failed');
  });

  it('never returns a stack trace', async () => {
    const responses = await Promise.all([
      postLogin().type('application/json').send('{"email": '),
      api.get('/me').set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.%%%.x'),
      api.get('/no-such-route'),
      api.put('/me').set(CSRF_HEADERS),
    ]);

    for (const response of responses) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.body).toEqual({
        error: { code: expect.any(String), message: expect.any(String) },
      });
      expect(response.text).not.toMatch(/at .+\.(ts|js):\d+/);
    }
  });

  it('answers 401 to an Authorization header over 8 KiB without parsing it', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);
    const padding = 'A'.repeat(MAX_AUTHORIZATION_HEADER_BYTES);

    const response = await api.get('/me').set('Authorization', `Bearer ${accessToken}${padding}`);

    expectInvalidToken(response);
    expect(stepsOf(response)).toEqual(['jwt.auth.verify-token:failed', 'jwt.auth.reject']);
  });

  it('answers 400 validation_failed for a refresh_token that is not a string', async () => {
    const response = await api.post('/refresh').set(CSRF_HEADERS).send({ refresh_token: 123 });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
  });
});
