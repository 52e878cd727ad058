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
 * reported in the trace with `desc="denied"`; the layer that refused is left on
 * `ctx.state.csrfRejection` for the lab journal.
 *
 * Lab only: `labModes` lets a VULNERABLE lab mode switch one layer off (`csrf-no-fetch-metadata`,
 * `csrf-no-origin-check`, `csrf-no-custom-header`), so a learner sees which layer stops which
 * forged request. A layer that would have refused, switched off, labels the response with its mode.
 *
 * Step ids: `session.csrf.check-request`, `jwt.csrf.check-request` (passed in as `stepId`).
 * Reference: OWASP CSRF Prevention Cheat Sheet, "Fetch Metadata headers", "Verifying Origin with
 * Standard Headers", "Employing Custom Request Headers for AJAX/API"; W3C Fetch Metadata §2.4;
 * RFC 6454 §7 (the Origin header).
 */
import type { LabModeId } from '@authlab/flows/lab-modes';
import type { Middleware } from 'koa';
import { CsrfRejectedError } from '../errors.ts';
import { type LabModes, markLabMode } from '../lab-modes.ts';
import { getTrace } from '../trace.ts';

export const CSRF_HEADER_NAME = 'X-Requested-With';
export const CSRF_HEADER_VALUE = 'authlab';

const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface CheckCsrfOptions {
  /** Normalised origins (`scheme://host[:port]`), e.g. from `parseOrigins(env.ALLOWED_ORIGINS)`. */
  allowedOrigins: readonly string[];
  /** The API's own step id: `session.csrf.check-request` or `jwt.csrf.check-request`. */
  stepId: string;
  /** Lab only: the vulnerable lab modes that can switch a layer off. */
  labModes?: LabModes;
}

export type CsrfRejection = 'cross-site' | 'origin' | 'header';

/** The lab mode that switches each layer off. */
export const CSRF_LAYER_MODES: Readonly<Record<CsrfRejection, LabModeId>> = {
  'cross-site': 'csrf-no-fetch-metadata',
  origin: 'csrf-no-origin-check',
  header: 'csrf-no-custom-header',
};

/** Every layer that refuses the request, in the order they are checked (empty: it passes). */
export function findCsrfRejections(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  allowedOrigins: ReadonlySet<string>,
): CsrfRejection[] {
  const rejections: CsrfRejection[] = [];
  if (headers['sec-fetch-site'] === 'cross-site') rejections.push('cross-site');
  const origin = headers.origin;
  if (origin !== undefined && (typeof origin !== 'string' || !allowedOrigins.has(origin))) {
    rejections.push('origin');
  }
  if (headers['x-requested-with'] !== CSRF_HEADER_VALUE) rejections.push('header');
  return rejections;
}

export function checkCsrf(options: CheckCsrfOptions): Middleware {
  // `null` is kept out even if configured: it is shared by every opaque origin.
  const allowedOrigins = new Set(options.allowedOrigins.filter((origin) => origin !== 'null'));
  const { stepId, labModes } = options;
  // Not async: a refusal throws synchronously (koa-compose turns it into a rejection), and the
  // common case — a safe method — passes on without an extra promise.
  return function checkCsrfMiddleware(ctx, next) {
    if (!UNSAFE_METHODS.has(ctx.method)) return next();
    const startedAt = performance.now();
    let rejection: CsrfRejection | null = null;
    for (const layer of findCsrfRejections(ctx.req.headers, allowedOrigins)) {
      const mode = CSRF_LAYER_MODES[layer];
      if (labModes?.isOn(mode) !== true) {
        rejection = layer;
        break;
      }
      markLabMode(ctx, mode);
    }
    const trace = getTrace(ctx);
    if (rejection !== null) {
      ctx.state.csrfRejection = rejection;
      trace.record(stepId, performance.now() - startedAt, 'denied');
      throw new CsrfRejectedError();
    }
    trace.record(stepId, performance.now() - startedAt);
    return next();
  };
}
