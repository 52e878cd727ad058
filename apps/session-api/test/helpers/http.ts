/**
 * The session API's side of talking to a test app: the demo users, logging in, and the session
 * cookie as a browser (or an attacker) would send it back. The generic part — requests, CSRF
 * headers, Set-Cookie and Server-Timing readers — is @authlab/http/testing/http.
 */
import { CSRF_HEADERS, http, readSetCookies } from '@authlab/http/testing/http';
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

/**
 * A session cookie carrying any id the test picks: lets a test act as an attacker who plants a
 * well-formed id the server never issued (the cookie is not signed, so that is all it takes).
 */
export function sessionCookieHeader(id: string, name = 'authlab.sid'): string {
  return `${name}=${id}`;
}

/** Where the test app's store keeps the session a Cookie header points at (session-key.ts). */
export function storeKeyOf(testApp: TestApp, cookie: string): string {
  return testApp.deriveStoreKey(sessionIdOf(cookie));
}
