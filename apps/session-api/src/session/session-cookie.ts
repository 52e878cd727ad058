/**
 * The session cookie: the ONLY thing the browser holds is an opaque random id, never user data.
 *
 * - `HttpOnly`: page scripts cannot read it, so an XSS bug cannot copy the id (RFC 6265 §4.1.2.6).
 * - `SameSite=Strict`: the browser does not attach it to requests another site starts, the first
 *   line against CSRF (RFC 6265bis §5.4.7; CSRF checks still run on every unsafe request).
 * - `Path=/`, no `Domain`: sent to this host only.
 * - No `Max-Age`/`Expires`: a browser-session cookie. Lifetimes are the SERVER's decision (idle and
 *   absolute deadlines in the store); a cookie expiry would only be a hint the client may ignore.
 * - Over HTTPS (`COOKIE_SECURE`): `Secure` and the `__Host-` prefix, which browsers accept only with
 *   Secure, Path=/ and no Domain — so no subdomain or plain-HTTP page can plant or overwrite it
 *   (RFC 6265bis §4.1.3.2). Behind a TLS-terminating proxy too: see @authlab/http/cookies.
 * - Not signed: its 256 random bits are what make the id unguessable, and a signature would not add
 *   to them (OWASP, "Session ID Entropy"). A value that is not a well-formed id is refused before
 *   any store lookup (isWellFormedSessionId), and the store holds only a keyed hash of each id
 *   (session-key.ts), so what leaks from the store side (a backup, a SCAN, the lab view) is not a
 *   usable cookie.
 *
 * Lab only: the VULNERABLE lab mode `csrf-samesite-lax` issues new cookies with SameSite=Lax, so
 * the attack lab can show a top-level GET from another site carrying the cookie; each such
 * Set-Cookie is labelled (X-Authlab-Lab-Mode).
 *
 * koa-session reads and writes the cookie through `createSessionCookieKey` (its documented
 * `externalKey` option): that is where the id is checked for form and where the trace times the
 * cookie read and the Set-Cookie.
 *
 * Teaches: the browser holds only an opaque, HttpOnly, SameSite=Strict id.
 *
 * Flow step ids: session.auth.read-cookie, session.login.set-cookie.
 * Reference: OWASP Session Management Cheat Sheet, "Cookies"; RFC 6265 §4.1.2; RFC 6265bis.
 */
import { randomBytes } from 'node:crypto';
import { allowSecureCookies } from '@authlab/http/cookies';
import type { KnownCookie } from '@authlab/http/lab';
import { type LabModes, markLabMode } from '@authlab/http/lab-modes';
import type { Context } from 'koa';
import { getTrace } from '../trace.ts';

export const SESSION_COOKIE_NAME = 'authlab.sid';
export const SECURE_SESSION_COOKIE_NAME = '__Host-authlab.sid';

/** OWASP asks for at least 64 bits of entropy; 256 bits from the CSPRNG leave no doubt. */
export const SESSION_ID_BYTES = 32;
const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface SessionCookie {
  readonly name: string;
  readonly secure: boolean;
}

export function describeSessionCookie(secure: boolean): SessionCookie {
  return { name: secure ? SECURE_SESSION_COOKIE_NAME : SESSION_COOKIE_NAME, secure };
}

/** koa-session's `genid`: 256 bits from `crypto.randomBytes` (a CSPRNG), base64url. */
export function generateSessionId(): string {
  return randomBytes(SESSION_ID_BYTES).toString('base64url');
}

export function isWellFormedSessionId(value: string): boolean {
  return SESSION_ID_PATTERN.test(value);
}

export function sessionCookieOptions(cookie: SessionCookie, sameSite: 'strict' | 'lax' = 'strict') {
  return {
    httpOnly: true,
    sameSite,
    path: '/',
    secure: cookie.secure,
    // koa-session and the `cookies` library sign by default; see the docblock for why not here.
    signed: false,
    overwrite: true,
  } as const;
}

export function setSessionCookie(
  ctx: Context,
  cookie: SessionCookie,
  id: string,
  sameSite: 'strict' | 'lax' = 'strict',
): void {
  allowSecureCookies(ctx, cookie.secure);
  ctx.cookies.set(cookie.name, id, sessionCookieOptions(cookie, sameSite));
}

/** An empty value with an expiry in 1970 deletes the cookie in the browser. */
export function clearSessionCookie(ctx: Context, cookie: SessionCookie): void {
  allowSecureCookies(ctx, cookie.secure);
  ctx.cookies.set(cookie.name, '', sessionCookieOptions(cookie));
}

/**
 * koa-session's `externalKey`: how it reads the session id from the request and writes it to the
 * response. A cookie that is not a well-formed id reads as no cookie ('' makes koa-session start a
 * fresh session without asking the store).
 */
export function createSessionCookieKey(cookie: SessionCookie, labModes?: LabModes) {
  return {
    get(ctx: Context): string {
      const startedAt = performance.now();
      const sent = ctx.cookies.get(cookie.name, { signed: false });
      const id = sent !== undefined && isWellFormedSessionId(sent) ? sent : '';
      const outcome = sent === undefined ? 'absent' : id === '' ? 'failed' : undefined;
      getTrace(ctx).record('session.auth.read-cookie', performance.now() - startedAt, outcome);
      return id;
    },
    set(ctx: Context, id: string): void {
      const startedAt = performance.now();
      // VULNERABLE lab mode only (off by default, refused in production): SameSite=Lax.
      const lax = labModes?.isOn('csrf-samesite-lax') === true;
      if (lax) markLabMode(ctx, 'csrf-samesite-lax');
      setSessionCookie(ctx, cookie, id, lax ? 'lax' : 'strict');
      getTrace(ctx).record('session.login.set-cookie', performance.now() - startedAt);
    },
  };
}

/** What the lab view may say about the cookies this API sets (the Cookie header has no attributes). */
export function knownSessionCookies(cookie: SessionCookie): KnownCookie[] {
  const attributes = {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: cookie.secure,
  } as const;
  return [
    {
      name: cookie.name,
      ...attributes,
      note: 'session id: the store holds only its HMAC (SESSION_SECRET), never the id',
    },
  ];
}
