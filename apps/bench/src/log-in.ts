/**
 * Logs in once per configuration, exactly as a client would (POST /login with the demo user, the
 * CSRF custom header, JSON), and turns the answer into the one header every later request carries:
 *
 * - session-api: `Cookie: authlab.sid=…` (plus `authlab.sid.sig=…` when the cookie is signed) —
 *   only the cookies a browser would send to `/me` (a cookie scoped to another Path is left out);
 * - jwt-api and the naive server: `Authorization: Bearer <access token>`.
 *
 * The size of that header is measured here, from real logins: it is paid on every request.
 */
import { randomBytes } from 'node:crypto';
import { demoCredentials } from '@authlab/users/demo-users';

export const { email: DEMO_EMAIL, password: DEMO_PASSWORD } = demoCredentials(42);
/**
 * The bench logs in as user 42 (John Doe, the documents' example) with a password of its own,
 * fresh per run: in production the APIs refuse to start while a demo account still has its
 * published password (users-databases.ts gives user 42 this one). Peers get it as
 * BENCH_LOGIN_PASSWORD.
 */
export const BENCH_LOGIN_PASSWORD = randomBytes(32).toString('base64url');
export const LOGIN_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  'x-requested-with': 'authlab',
};
export const LOGIN_BODY = JSON.stringify({ email: DEMO_EMAIL, password: BENCH_LOGIN_PASSWORD });
/** The demo user's published credentials, for servers started in development (scale-check.ts). */
export const DEMO_LOGIN_BODY = JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD });

export type CredentialKind = 'none' | 'cookie' | 'bearer';

export interface Credential {
  readonly headers: Readonly<Record<string, string>>;
  /** `Name: value\r\n` as it goes over the wire, in bytes; 0 when nothing is sent. */
  readonly headerBytes: number;
  readonly headerName: string | null;
  /** The shape of the value (names and lengths, never the secret), safe to print. */
  readonly shape: string | null;
}

const NO_CREDENTIAL: Credential = { headers: {}, headerBytes: 0, headerName: null, shape: null };

/** `Name: value\r\n` — the bytes an HTTP/1.1 header line adds to a request. */
export function headerLineBytes(name: string, value: string): number {
  return Buffer.byteLength(`${name}: ${value}\r\n`, 'latin1');
}

/** The `name=value` pairs a browser would send back to `requestPath` from these Set-Cookie lines. */
export function cookieHeaderFor(setCookies: readonly string[], requestPath: string): string {
  const pairs: string[] = [];
  for (const line of setCookies) {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const pathAttribute = attributes.find((attribute) => /^path=/i.test(attribute));
    const cookiePath = pathAttribute === undefined ? '/' : pathAttribute.slice('path='.length);
    const inScope =
      requestPath === cookiePath ||
      requestPath.startsWith(cookiePath.endsWith('/') ? cookiePath : `${cookiePath}/`);
    if (inScope && pair.includes('=')) pairs.push(pair);
  }
  return pairs.join('; ');
}

/** `a=SECRET; b=SIG` → `a=<43 chars>; b=<27 chars>`: the shape of a Cookie header, no secret. */
export function describeCookieHeader(cookie: string): string {
  return cookie
    .split('; ')
    .map((pair) => {
      const separator = pair.indexOf('=');
      return `${pair.slice(0, separator)}=<${pair.length - separator - 1} chars>`;
    })
    .join('; ');
}

/** `Bearer h.p.s` → `Bearer <header 36 + payload 250 + signature 43 chars>`. */
export function describeBearerHeader(authorization: string): string {
  const parts = authorization.slice('Bearer '.length).split('.');
  const [header = '', payload = '', signature = ''] = parts;
  return `Bearer <header ${header.length} + payload ${payload.length} + signature ${signature.length} chars>`;
}

export async function logIn(baseUrl: string, kind: CredentialKind): Promise<Credential> {
  if (kind === 'none') return NO_CREDENTIAL;
  const response = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    headers: LOGIN_HEADERS,
    body: LOGIN_BODY,
  });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`POST /login answered ${response.status}: ${text.slice(0, 300)}`);
  }
  if (kind === 'cookie') {
    const cookie = cookieHeaderFor(response.headers.getSetCookie(), '/me');
    if (cookie === '') throw new Error('POST /login set no cookie for /me');
    return {
      headers: { cookie },
      headerBytes: headerLineBytes('Cookie', cookie),
      headerName: 'Cookie',
      shape: describeCookieHeader(cookie),
    };
  }
  const token = (JSON.parse(text) as { access_token?: unknown }).access_token;
  if (typeof token !== 'string') throw new Error('POST /login returned no access_token');
  const authorization = `Bearer ${token}`;
  return {
    headers: { authorization },
    headerBytes: headerLineBytes('Authorization', authorization),
    headerName: 'Authorization',
    shape: describeBearerHeader(authorization),
  };
}
