/**
 * Small helpers for talking to a test app over real HTTP (supertest on `app.callback()`): the
 * headers a same-origin page sends, logging in, and reading tokens, cookies and Server-Timing
 * back. Tests assert on these, never on message text.
 */
import { parseServerTiming } from '@authlab/http/trace';
import request, { type Response } from 'supertest';
import { expect } from 'vitest';
import type { TestApp } from './build-test-app.ts';

/** What the web app sends with every unsafe request (checkCsrf). */
export const CSRF_HEADERS = Object.freeze({ 'X-Requested-With': 'authlab' });

export const JOHN = Object.freeze({
  id: 42,
  email: 'john@example.com',
  password: 'john-demo-pass',
});
export const JANE = Object.freeze({
  id: 43,
  email: 'jane@example.com',
  password: 'jane-demo-pass',
});
export const SAM = Object.freeze({ id: 44, email: 'sam@example.com', password: 'sam-demo-pass' });

export interface Credentials {
  email: string;
  password: string;
}

export function http(testApp: TestApp) {
  return request(testApp.callback);
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

export interface SetCookie {
  name: string;
  value: string;
  /** Lower-cased attribute names → value ('' for flags such as HttpOnly). */
  attributes: Map<string, string>;
}

export function readSetCookies(response: Response): SetCookie[] {
  const header = response.headers['set-cookie'] as unknown;
  const lines = Array.isArray(header)
    ? (header as string[])
    : typeof header === 'string'
      ? [header]
      : [];
  return lines.map((line) => {
    const [pair = '', ...attributes] = line.split(';');
    const separator = pair.indexOf('=');
    return {
      name: pair.slice(0, separator).trim(),
      value: pair.slice(separator + 1).trim(),
      attributes: new Map(
        attributes.map((attribute) => {
          const [name = '', value = ''] = attribute.split('=');
          return [name.trim().toLowerCase(), value.trim()];
        }),
      ),
    };
  });
}

export function readSetCookie(response: Response, name: string): SetCookie | null {
  return readSetCookies(response).find((cookie) => cookie.name === name) ?? null;
}

/** The refresh token a cookie-mode response set ('' when none). */
export function refreshCookieOf(response: Response): string {
  return readSetCookie(response, 'authlab.rt')?.value ?? '';
}

export function stepIdsOf(response: Response): string[] {
  return parseServerTiming(response.headers['server-timing'] ?? '').map((step) => step.id);
}

/** `id` or `id:outcome`, for asserting on the desc of failed steps too. */
export function stepsOf(response: Response): string[] {
  return parseServerTiming(response.headers['server-timing'] ?? '').map((step) =>
    step.outcome === undefined ? step.id : `${step.id}:${step.outcome}`,
  );
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
