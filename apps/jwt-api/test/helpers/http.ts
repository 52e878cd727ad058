/**
 * The JWT API's side of talking to a test app: the demo users, logging in, and the tokens as a
 * client would send them back or read them. The generic part — requests, CSRF headers,
 * Set-Cookie and Server-Timing readers — is @authlab/http/testing/http. Tests assert on these,
 * never on message text.
 */
import { CSRF_HEADERS, http, readSetCookie } from '@authlab/http/testing/http';
import { demoCredentials } from '@authlab/users/demo-users';
import type { Response } from 'supertest';
import { expect } from 'vitest';
import type { TestApp } from './build-test-app.ts';

export const JOHN = demoCredentials(42);
export const JANE = demoCredentials(43);
export const SAM = demoCredentials(44);

export interface Credentials {
  email: string;
  password: string;
}

export function postLogin(
  testApp: TestApp,
  credentials: Credentials,
  delivery?: 'cookie' | 'body',
) {
  return http(testApp)
    .post('/login')
    .set(CSRF_HEADERS)
    .send({ ...credentials, ...(delivery === undefined ? {} : { refresh_delivery: delivery }) });
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

/** What the browser sends to POST /refresh in cookie mode. */
export function withRefreshCookie(token: string, name = 'authlab.rt'): Record<string, string> {
  return { ...CSRF_HEADERS, Cookie: `${name}=${token}` };
}

/** The refresh token a cookie-mode response set ('' when none). */
export function refreshCookieOf(response: Response): string {
  return readSetCookie(response, 'authlab.rt')?.value ?? '';
}

/** A part of a compact JWT (0 header, 1 payload), decoded WITHOUT verification: tests only. */
export function decodePart(token: string, part: 0 | 1): Record<string, unknown> {
  const segment = token.split('.')[part] ?? '';
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The one refusal a token ever gets: 401, invalid_token, RFC 6750's header, nothing more. */
export function expectInvalidToken(response: Response): void {
  expect(response.status).toBe(401);
  expect(response.body).toEqual({
    error: { code: 'invalid_token', message: expect.any(String) },
  });
  expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
}
