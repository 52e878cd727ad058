import { CSRF_HEADERS, http } from '@authlab/http/testing/http';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSessionId } from '../src/session/session-cookie.ts';
import { buildTestApp, type TestApp } from './helpers/build-test-app.ts';
import { JOHN, sessionCookieHeader } from './helpers/http.ts';

function expectCleanError(response: Response, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(response.body).toEqual({ error: { code, message: expect.any(String) } });
  expect(response.text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|node_modules|\.ts:\d+/);
}

describe('bad input', () => {
  let testApp: TestApp;
  beforeAll(() => {
    testApp = buildTestApp({
      // A store with a bug in it: the kind of failure that must never leak a stack trace.
      wrapSessionStore: (store) => ({
        ...store,
        touch: async () => {
          throw new TypeError(`Cannot read properties of undefined (at ${import.meta.url}:1:1)`);
        },
      }),
    });
  });
  afterAll(() => testApp.close());

  const postLogin = () => http(testApp).post('/login').set(CSRF_HEADERS);

  it('answers 400 invalid_json for malformed JSON', async () => {
    const response = await postLogin().set('Content-Type', 'application/json').send('{"email": ');
    expectCleanError(response, 400, 'invalid_json');
  });

  it('answers 400 validation_failed for wrong types', async () => {
    const response = await postLogin().send({ email: 42, password: ['john-demo-pass'] });
    expectCleanError(response, 400, 'validation_failed');
    expect(response.body.error.message).not.toContain('john-demo-pass');
  });

  it('answers 413 payload_too_large for an oversized body', async () => {
    const response = await postLogin().send({ email: JOHN.email, password: 'x'.repeat(17 * 1024) });
    expectCleanError(response, 413, 'payload_too_large');
  });

  it('answers 415 unsupported_media_type for a form post', async () => {
    const response = await postLogin()
      .type('form')
      .send(`email=${JOHN.email}&password=${JOHN.password}`);
    expectCleanError(response, 415, 'unsupported_media_type');
  });

  it('answers 400 validation_failed for NUL characters', async () => {
    const response = await postLogin().send({
      email: `${JOHN.email}\u0000`,
      password: JOHN.password,
    });
    expectCleanError(response, 400, 'validation_failed');
  });

  it('answers 400 validation_failed for other control characters and prototype keys', async () => {
    const control = await postLogin().send({ email: JOHN.email, password: 'pass\u001bword' });
    expectCleanError(control, 400, 'validation_failed');
    const proto = await postLogin()
      .set('Content-Type', 'application/json')
      .send('{"email":"a@example.com","password":"x","__proto__":{"role":"admin"}}');
    expectCleanError(proto, 400, 'validation_failed');
  });

  it('never returns a stack trace', async () => {
    const cookie = sessionCookieHeader(generateSessionId());
    const response = await http(testApp).get('/me').set('Cookie', cookie);
    expectCleanError(response, 500, 'internal_error');
    expect(response.text).not.toContain('Cannot read properties');
  });
});
