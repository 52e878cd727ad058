/**
 * The refresh token's cookie (the recommended delivery): `authlab.rt`, HttpOnly, SameSite=Strict,
 * Path=/refresh; `__Secure-authlab.rt` + Secure over HTTPS.
 *
 * Teaches: the refresh token is the most valuable thing a browser app holds (it mints access
 * tokens for days), so no script may read it — not the app's own, not an injected one (HttpOnly).
 * Path=/refresh keeps it off every other request, SameSite=Strict off requests other sites start,
 * and Secure off plain HTTP. The access token, short-lived, stays in the page's memory.
 *
 * `__Secure-` rather than `__Host-`: RFC 6265bis reserves `__Host-` for cookies with Path=/, and
 * narrowing the path matters more here than forbidding a Domain attribute we never set.
 *
 * Because this cookie is sent by the browser on its own, /refresh is CSRF-protected like a
 * session route (checkCsrf in app.ts) — "JWTs are immune to CSRF" stops being true the moment a
 * cookie is involved.
 *
 * Flow step ids: jwt.login.respond, jwt.refresh.read-refresh-token, jwt.refresh.respond,
 * jwt.logout.respond.
 * Reference: RFC 6265bis §4.1.2.5 (Secure), §4.1.2.6 (HttpOnly), §4.1.2.4 (Path), §4.1.3.1
 * (`__Secure-`), §5.4.7 (SameSite); OWASP HTML5 Security Cheat Sheet, "Local Storage" (tokens);
 * RFC 9700 §4.14 (refresh tokens in browser apps).
 */
import { allowSecureCookies } from '@authlab/http/cookies';
import type { KnownCookie } from '@authlab/http/lab';
import type { Context } from 'koa';

export const REFRESH_COOKIE_NAME = 'authlab.rt';
export const SECURE_REFRESH_COOKIE_NAME = '__Secure-authlab.rt';
export const REFRESH_COOKIE_PATH = '/refresh';

export function refreshCookieName(secure: boolean): string {
  return secure ? SECURE_REFRESH_COOKIE_NAME : REFRESH_COOKIE_NAME;
}

/** The attributes the browser keeps to itself, for the lab view. */
export function describeRefreshCookie(secure: boolean): KnownCookie {
  return {
    name: refreshCookieName(secure),
    httpOnly: true,
    sameSite: 'Strict',
    path: REFRESH_COOKIE_PATH,
    secure,
    note: 'refresh token, sent only to /refresh',
  };
}

function writeCookie(ctx: Context, secure: boolean, value: string | null, maxAgeSeconds: number) {
  allowSecureCookies(ctx, secure);
  ctx.cookies.set(refreshCookieName(secure), value, {
    httpOnly: true,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
    secure,
    overwrite: true,
    ...(value === null ? {} : { maxAge: maxAgeSeconds * 1000 }),
  });
}

export function setRefreshCookie(
  ctx: Context,
  secure: boolean,
  token: string,
  maxAgeSeconds: number,
) {
  writeCookie(ctx, secure, token, maxAgeSeconds);
}

/** An expired cookie with the same name and Path: the browser deletes its copy. */
export function clearRefreshCookie(ctx: Context, secure: boolean) {
  writeCookie(ctx, secure, null, 0);
}

export function readRefreshCookie(ctx: Context, secure: boolean): string | null {
  return ctx.cookies.get(refreshCookieName(secure)) ?? null;
}
