/**
 * CORS for the collector's endpoints: any origin may call them, with a JSON or text body, and the
 * preflight is answered here. The attacker WANTS every page to reach it — the opposite of the
 * APIs, which answer no preflight at all (their CSRF defence relies on that).
 *
 * Hand-written, not @koa/cors: three headers on three routes, and the point to read is that the
 * attacker's server decides what a victim page may send it; no browser rule stops exfiltration to
 * a server that opts in (only the victim page's own CSP `connect-src` could).
 *
 * Teaches: CORS protects the server that answers, never the page that sends.
 *
 * Flow step ids: none (the attacker's server).
 * Reference: Fetch Standard, "CORS protocol"; W3C CSP Level 3, `connect-src`.
 */
import type { Middleware } from 'koa';

export function allowAnyOrigin(): Middleware {
  return async function allowAnyOriginMiddleware(ctx, next) {
    ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', 'GET, POST, DELETE');
      ctx.set('Access-Control-Allow-Headers', 'Content-Type');
      ctx.status = 204;
      return;
    }
    await next();
  };
}
