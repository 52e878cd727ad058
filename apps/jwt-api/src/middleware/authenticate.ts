/**
 * "Who is calling?" for a JWT API: koa-jwt, configured so that every rule of RFC 8725 holds, and
 * wrapped so that each check shows up in the trace and every refusal looks the same.
 *
 *   jwt.auth.extract-token     `Authorization: Bearer <token>` only (never a cookie, never the
 *                              query string, which ends up in logs and Referer headers); a header
 *                              over 8 KiB is refused before anything parses it
 *   jwt.auth.verify-signature  key chosen by `kid`, algorithm pinned per key (key-set.ts)
 *   jwt.auth.check-claims      iss, aud, exp/nbf (±5 s) by jsonwebtoken; typ at+jwt and every
 *                              required claim by token-claims.ts
 *   jwt.auth.check-revocation  the `jti` is not denylisted, its family not revoked, and `ver` is
 *                              not below the user's credential floor (logout-all, password change,
 *                              disabling): ONE store lookup, no users-database query
 *   jwt.auth.reject            401 invalid_token + `WWW-Authenticate: Bearer error="invalid_token"`
 *
 * koa-jwt runs jsonwebtoken.verify (signature, exp, nbf, iss, aud) and then `isRevoked(ctx,
 * decoded, token)`: the claim and revocation checks live there. Its own 401 carries the cause as
 * `originalError`, which is mapped back to the step that failed. The client only ever learns
 * "invalid_token": why (expired, forged, revoked) is in the trace, never in the body.
 *
 * Reference: RFC 6750 §2.1 (header), §2.3 ("Don't pass bearer tokens in page URLs"), §3.1
 * (invalid_token); RFC 8725 §3.1–3.12; RFC 9068 §4; OWASP JSON Web Token Cheat Sheet.
 */
import type { Clock } from '@authlab/http/clock';
import { HttpError, InternalError, InvalidTokenError } from '@authlab/http/errors';
import { getTrace, outcomeForError, type Trace } from '@authlab/http/trace';
import jwt, { type Jwt, type VerifyOptions } from 'jsonwebtoken';
import type { Context, Middleware, Next } from 'koa';
import koaJwt from 'koa-jwt';
import type { KeySet } from '../keys/key-set.ts';
import type { RevocationStore } from '../stores/revocation-store.ts';
import {
  type AccessClaims,
  buildVerifyOptions,
  readAccessClaims,
  toNumericDate,
} from '../tokens/token-claims.ts';

/** Larger than any token this API issues by far; anything bigger is an attack or a mistake. */
export const MAX_AUTHORIZATION_HEADER_BYTES = 8 * 1024;

/** RFC 6750 §2.1: `"Bearer" 1*SP b64token` (the scheme is case-insensitive, RFC 9110 §11.1). */
const BEARER_CREDENTIALS = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

export interface Authenticated {
  readonly claims: AccessClaims;
}

export interface AuthenticateOptions {
  keys: KeySet;
  clock: Clock;
  revocationStore: RevocationStore;
}

/** The caller, for routes mounted after `authenticate()`. */
export function getAuthenticated(ctx: Context): Authenticated {
  const authenticated: Authenticated | undefined = ctx.state.auth;
  if (authenticated === undefined) throw new Error('authenticate() must run before this route.');
  return authenticated;
}

/**
 * Read from getToken: it is the only resolver koa-jwt ever gets to run. It also picks the key by
 * `kid` and hands it over as `ctx.state.secret` (koa-jwt's per-request secret): a secret provider
 * function would make koa-jwt decode the token once more before jsonwebtoken decodes it again.
 * `null` (unknown kid, other alg, `crit`, garbage) makes koa-jwt refuse the token unverified.
 */
function extractBearerToken(ctx: Context, keys: KeySet): string {
  const startedAt = performance.now();
  const header = ctx.get('Authorization');
  const match =
    header.length > MAX_AUTHORIZATION_HEADER_BYTES ? null : BEARER_CREDENTIALS.exec(header);
  const trace = getTrace(ctx);
  const token = match?.[1];
  if (token === undefined) {
    trace.record(
      'jwt.auth.extract-token',
      performance.now() - startedAt,
      header === '' ? 'absent' : 'failed',
    );
    // Thrown, not `return null`: koa-jwt would then try its own cookie and header resolvers.
    throw new InvalidTokenError();
  }
  const verifyStartedAt = performance.now();
  trace.record('jwt.auth.extract-token', verifyStartedAt - startedAt);
  ctx.state.tokenVerifyStartedAt = verifyStartedAt;
  ctx.state.secret = keys.findKeyForToken(token);
  return token;
}

/** jsonwebtoken checks exp/nbf/iss/aud only after the signature: such errors mean "claims". */
function isClaimError(error: unknown): boolean {
  if (error instanceof jwt.TokenExpiredError || error instanceof jwt.NotBeforeError) return true;
  return (
    error instanceof jwt.JsonWebTokenError &&
    /^(jwt (audience|issuer) invalid|invalid (exp|nbf) value)/.test(error.message)
  );
}

/** Records the step a koa-jwt/jsonwebtoken failure belongs to. */
function recordVerificationFailure(trace: Trace, error: unknown, elapsedMs: number): void {
  if (!isClaimError(error)) {
    // Bad or missing signature, other algorithm (alg: none, HS256 with a public key), unknown
    // kid, malformed token: all the same "this is not our signature".
    trace.record('jwt.auth.verify-signature', elapsedMs, 'failed');
    return;
  }
  trace.record('jwt.auth.verify-signature', elapsedMs);
  trace.fail(
    'jwt.auth.check-claims',
    error instanceof jwt.TokenExpiredError ? 'expired' : 'failed',
  );
}

export function authenticate(options: AuthenticateOptions): Middleware {
  const { keys, clock, revocationStore } = options;

  // Timed by hand rather than with trace.step(): this runs on every request, and each step()
  // costs closures and an extra promise.
  async function checkAccessToken(ctx: Context, decoded: object): Promise<boolean> {
    const trace = getTrace(ctx);
    const claimsStartedAt = performance.now();
    trace.record('jwt.auth.verify-signature', claimsStartedAt - ctx.state.tokenVerifyStartedAt);
    const claims = readAccessClaims(decoded as Jwt);
    const revocationStartedAt = performance.now();
    if (claims === null) {
      trace.record('jwt.auth.check-claims', revocationStartedAt - claimsStartedAt, 'failed');
      throw new InvalidTokenError();
    }
    trace.record('jwt.auth.check-claims', revocationStartedAt - claimsStartedAt);
    let revoked: boolean;
    try {
      revoked = await revocationStore.isAccessTokenRevoked({
        jti: claims.jti,
        familyId: claims.fid,
        userId: Number(claims.sub),
        credentialVersion: claims.ver,
        issuedAtSeconds: claims.iat,
      });
    } catch (error) {
      const outcome = outcomeForError(error);
      trace.record('jwt.auth.check-revocation', performance.now() - revocationStartedAt, outcome);
      // koa-jwt turns anything thrown here into a 401: keep a store outage (503) or a bug (500)
      // distinguishable from a bad token.
      throw error instanceof HttpError ? error : new InternalError(error);
    }
    const elapsedMs = performance.now() - revocationStartedAt;
    if (revoked) {
      trace.record('jwt.auth.check-revocation', elapsedMs, 'denied');
      throw new InvalidTokenError();
    }
    trace.record('jwt.auth.check-revocation', elapsedMs);
    ctx.state.auth = { claims } satisfies Authenticated;
    return false;
  }

  // koa-jwt's type definitions predate KeyObject and the jsonwebtoken options it forwards
  // (complete, clockTolerance, clockTimestamp); at run time it passes all of them to verify.
  const koaJwtOptions: VerifyOptions & Record<string, unknown> = {
    ...buildVerifyOptions(keys.algorithm, 'access'),
    // Read on every verify (jsonwebtoken copies the options per call): the injected clock decides
    // expiry, so tests freeze time and the lab clock moves it.
    get clockTimestamp() {
      return toNumericDate(clock.now());
    },
    getToken: (ctx: Context) => extractBearerToken(ctx, keys),
    isRevoked: checkAccessToken,
    key: 'accessToken',
  };
  const verifyAccessToken = koaJwt(koaJwtOptions as unknown as koaJwt.Options);
  // koa-jwt ends with `return next()`. This `next` is not the route (a route's error must not
  // become a 401), and it returns no promise: an async function returning a promise would cost
  // two more microtask turns per request to adopt it.
  const noop = (() => undefined) as unknown as Next;

  return async function authenticateMiddleware(ctx, next) {
    try {
      await verifyAccessToken(ctx, noop);
    } catch (error) {
      const cause: unknown = (error as { originalError?: unknown }).originalError ?? error;
      if (cause instanceof HttpError && !(cause instanceof InvalidTokenError)) throw cause;
      const trace = getTrace(ctx);
      if (!(cause instanceof HttpError)) {
        recordVerificationFailure(trace, cause, performance.now() - ctx.state.tokenVerifyStartedAt);
      }
      trace.record('jwt.auth.reject', 0);
      throw new InvalidTokenError();
    }
    return next();
  };
}
