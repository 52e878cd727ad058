/**
 * What the client learns when authentication stops: `401 invalid_token` with
 * `WWW-Authenticate: Bearer error="invalid_token"`, whatever the reason — or the 503/500 of a
 * failure that is not the token's fault (a store outage, a verifier's JWKS fetch, a bug).
 *
 * Teaches: koa-jwt refuses with its own 401 and keeps the reason as `originalError` (koa-jwt
 * README, "Token Verification Exceptions"). The reason is read from its TYPE — jsonwebtoken's
 * `TokenExpiredError`, this API's `HttpError` subclasses — never from message text, which a library
 * may reword in any release. Expired, forged and revoked all look the same to the client; which
 * one it was goes to the trace, where the web app shows it, never to the response body.
 *
 * Flow step ids: jwt.auth.verify-token (its refusal), jwt.auth.reject.
 * Reference: RFC 6750 §3.1 (invalid_token), §3 (WWW-Authenticate); OWASP Error Handling Cheat
 * Sheet; jsonwebtoken README, "Errors & Codes".
 */

import type { StepOutcome } from '@authlab/flows/types';
import { HttpError, InvalidTokenError, JwksUnavailableError } from '@authlab/http/errors';
import jsonwebtoken from 'jsonwebtoken';
import type { Context } from 'koa';
import { getTrace } from '../trace.ts';

/** Why koa-jwt's verification (Bearer header, key by kid, signature, iss, aud, exp/nbf) failed. */
function readVerifyOutcome(ctx: Context, cause: unknown): StepOutcome {
  if (cause instanceof jsonwebtoken.TokenExpiredError) return 'expired';
  return ctx.get('Authorization') === '' ? 'absent' : 'failed';
}

/**
 * The error to throw for a failed authentication: `InvalidTokenError` for a refused token (the
 * trace says why), the cause itself for a store outage or a bug. `verifyStartedAt` is when
 * authenticate() handed the request to koa-jwt.
 */
export function rejectInvalidToken(ctx: Context, error: unknown, verifyStartedAt: number): unknown {
  const refusedByKoaJwt = error instanceof Error && 'originalError' in error;
  const cause = refusedByKoaJwt ? error.originalError : error;
  const trace = getTrace(ctx);
  // isRevoked and the claims check record their own outcome; if neither ran, koa-jwt's
  // verification is what stopped: a refused token, or keys that could not be fetched.
  const recordVerifyOutcome = (outcome: StepOutcome) => {
    if (trace.entries.some((entry) => entry.id === 'jwt.auth.verify-token')) return;
    trace.record('jwt.auth.verify-token', performance.now() - verifyStartedAt, outcome);
  };
  // The JWKS fetch's or isRevoked's 503, or a 500 (a bug): koa-jwt wrapped them in its 401.
  if (cause instanceof HttpError && !(cause instanceof InvalidTokenError)) {
    if (cause instanceof JwksUnavailableError) recordVerifyOutcome('unavailable');
    return cause;
  }
  // Not koa-jwt's refusal and not ours (getToken, the claims check): a bug, answered 500.
  if (!refusedByKoaJwt && !(cause instanceof InvalidTokenError)) return error;
  recordVerifyOutcome(readVerifyOutcome(ctx, cause));
  trace.record('jwt.auth.reject', 0);
  return new InvalidTokenError();
}
