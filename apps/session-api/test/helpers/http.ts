/**
 * Small helpers for talking to a test app over real HTTP (supertest on `app.callback()`): the
 * headers a same-origin page sends, logging in, and reading cookies and Server-Timing back.
 */
import { createHmac } from 'node:crypto';
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

/** The `Cookie` header a browser would send back after this response. */
export function cookieHeaderFrom(response: Response): string {
  return readSetCookies(response)
    .filter((cookie) => cookie.value !== '')
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .join('; ');
}

export function postLogin(testApp: TestApp, credentials: Credentials, cookie?: string) {
  const call = http(testApp).post('/login').set(CSRF_HEADERS);
  if (cookie !== undefined) call.set('Cookie', cookie);
  return call.send({ email: credentials.email, password: credentials.password });
}

/** Logs in over HTTP and answers the Cookie header to send from now on. */
export async function logIn(testApp: TestApp, credentials: Credentials): Promise<string> {
  const response = await postLogin(testApp, credentials);
  expect(response.status).toBe(200);
  return cookieHeaderFrom(response);
}

/** The session id inside a Cookie header (test assertions only). */
export function sessionIdOf(cookie: string, name = 'authlab.sid'): string {
  const match = new RegExp(`(?:^|; )${name.replace(/\./g, '\\.')}=([^;]+)`).exec(cookie);
  if (match?.[1] === undefined) throw new Error(`No ${name} in "${cookie}".`);
  return match[1];
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

/**
 * The `.sig` cookie the `cookies` library (through Keygrip) expects: HMAC-SHA1 over `name=value`,
 * base64 with `/`, `+`, `=` made URL-safe. Lets a test act as an attacker who somehow holds the
 * secret-signed form of an id the server never issued.
 */
export function signedCookieHeader(name: string, value: string, secret: string): string {
  const signature = createHmac('sha1', secret)
    .update(`${name}=${value}`)
    .digest('base64')
    .replace(/[/+=]/g, (character) => ({ '/': '_', '+': '-', '=': '' })[character] ?? '');
  return `${name}=${value}; ${name}.sig=${signature}`;
}
