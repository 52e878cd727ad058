/**
 * Cross-site request forgery defence for a JSON API, in the three layers the OWASP cheat sheet
 * recommends for it, checked on unsafe methods only (POST, PUT, PATCH, DELETE):
 *
 * 1. Fetch Metadata: a browser that says `Sec-Fetch-Site: cross-site` is sending a request another
 *    site started → refused. (`same-origin`, `same-site`, `none` and absent pass to the next layer.)
 * 2. Origin verification: if `Origin` is present it must be one of `allowedOrigins`. `Origin: null`
 *    (sandboxed iframes, `data:` pages, some redirects) is never allowed.
 * 3. Custom request header: `X-Requested-With: authlab`. A cross-site page cannot add a custom
 *    header without a CORS preflight, and this API answers no preflight, so the header proves the
 *    request came from a script the server's own origin runs (or from a non-browser client).
 *
 * SameSite=Strict cookies are the first line; these layers also protect the JWT refresh cookie and
 * browsers that do not send `Sec-Fetch-*`. A refusal is 403 `csrf_rejected`, and the step is
 * reported in the trace with `desc="denied"`.
 *
 * Step ids: `session.csrf.check-request`, `jwt.csrf.check-request` (passed in as `stepId`).
 * Reference: OWASP CSRF Prevention Cheat Sheet, "Fetch Metadata headers", "Verifying Origin with
 * Standard Headers", "Employing Custom Request Headers for AJAX/API"; W3C Fetch Metadata §2.4;
 * RFC 6454 §7 (the Origin header).
 */
import type { Middleware } from 'koa';
import { CsrfRejectedError } from '../errors.ts';
import { getTrace } from '../trace.ts';

export const CSRF_HEADER_NAME = 'X-Requested-With';
export const CSRF_HEADER_VALUE = 'authlab';

const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface CheckCsrfOptions {
  /** Normalised origins (`scheme://host[:port]`), e.g. from `parseOrigins(env.ALLOWED_ORIGINS)`. */
  allowedOrigins: readonly string[];
  /** The API's own step id: `session.csrf.check-request` or `jwt.csrf.check-request`. */
  stepId: string;
}

export type CsrfRejection = 'cross-site' | 'origin' | 'header';

/** Returns why a request must be refused, or `null` when it passes. */
export function findCsrfRejection(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  allowedOrigins: ReadonlySet<string>,
): CsrfRejection | null {
  if (headers['sec-fetch-site'] === 'cross-site') return 'cross-site';
  const origin = headers.origin;
  if (origin !== undefined && (typeof origin !== 'string' || !allowedOrigins.has(origin))) {
    return 'origin';
  }
  if (headers['x-requested-with'] !== CSRF_HEADER_VALUE) return 'header';
  return null;
}

export function checkCsrf(options: CheckCsrfOptions): Middleware {
  // `null` is kept out even if configured: it is shared by every opaque origin.
  const allowedOrigins = new Set(options.allowedOrigins.filter((origin) => origin !== 'null'));
  const { stepId } = options;
  // Not async: a refusal throws synchronously (koa-compose turns it into a rejection), and the
  // common case — a safe method — passes on without an extra promise.
  return function checkCsrfMiddleware(ctx, next) {
    if (!UNSAFE_METHODS.has(ctx.method)) return next();
    const startedAt = performance.now();
    const rejection = findCsrfRejection(ctx.req.headers, allowedOrigins);
    const trace = getTrace(ctx);
    if (rejection !== null) {
      trace.record(stepId, performance.now() - startedAt, 'denied');
      throw new CsrfRejectedError();
    }
    trace.record(stepId, performance.now() - startedAt);
    return next();
  };
}
