/**
 * Secure cookies behind a TLS-terminating proxy.
 *
 * COOKIE_SECURE=true says the public origin is HTTPS, usually with TLS ending at a proxy in front
 * of this process, which then sees plain HTTP. The `cookies` library Koa uses believes a request
 * is encrypted only when it sees TLS (or an X-Forwarded-Proto it was told to trust) and otherwise
 * refuses to set a `Secure` cookie at all ("Cannot send secure cookie over unencrypted
 * connection"). The operator's setting decides instead — never the request, whose headers the
 * client controls unless TRUST_PROXY says a proxy rewrites them.
 *
 * Used by the session cookie (session-api) and the refresh token cookie (jwt-api).
 * Reference: RFC 6265 §4.1.2.5 (the Secure attribute); RFC 6265bis §4.1.3 (cookie name prefixes,
 * which browsers accept only with Secure); Koa docs, "ctx.cookies.set".
 */
import type { Context } from 'koa';

/** Lets `ctx.cookies.set(…, { secure: true })` work when `secure` (COOKIE_SECURE) is on. */
export function allowSecureCookies(ctx: Context, secure: boolean): void {
  if (secure) ctx.cookies.secure = true;
}
