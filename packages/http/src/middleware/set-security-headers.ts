/**
 * Response headers every API answer carries. The APIs only ever return JSON, so the policy is the
 * strictest one: nothing may be cached, sniffed, framed, embedded cross-origin or leak a referrer.
 *
 * - `Cache-Control: no-store`: responses carry user data and tokens. OWASP Session Management CS,
 *   "Web Content Caching"; RFC 9111 §5.2.2.5. (No `Pragma: no-cache`: RFC 9111 §5.4 deprecates it,
 *   and every cache that would read it predates HTTP/1.1.)
 * - `X-Content-Type-Options: nosniff`, `Content-Security-Policy: default-src 'none';
 *   frame-ancestors 'none'`, `Cross-Origin-Resource-Policy: same-origin`, `Referrer-Policy:
 *   no-referrer`: OWASP REST Security CS, "Security Headers"; OWASP HTTP Headers CS.
 * - `X-Instance-Id`: which server instance answered, so the lab can show a session surviving a
 *   switch between instances (shared Redis) — not a security header, an observability one.
 */
import type { Middleware } from 'koa';

export interface SetSecurityHeadersOptions {
  instanceId: string;
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
});

export function setSecurityHeaders(options: SetSecurityHeadersOptions): Middleware {
  const headers = { ...SECURITY_HEADERS, 'X-Instance-Id': options.instanceId };
  // Not async: nothing to await after next(), so no extra promise on every request.
  return function setSecurityHeadersMiddleware(ctx, next) {
    // Set before `next()` so error responses written further in keep them.
    ctx.set(headers);
    return next();
  };
}
