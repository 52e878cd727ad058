/**
 * "Who is calling?" for a JWT API: koa-jwt, configured the way its README shows, so that every
 * rule of RFC 8725 holds; then one small middleware for what a signature cannot tell.
 *
 *   jwt.auth.verify-token       koa-jwt: `Authorization: Bearer <token>` only (getToken; never a
 *                               cookie, never the query string, which ends up in logs and Referer
 *                               headers; a header over 8 KiB is refused before anything parses
 *                               it), the key for the token's `kid` (`secret`: key-set.ts on a
 *                               signer, jwks-key-loader.ts on a verifier; one algorithm per key,
 *                               `crit` refused), then jsonwebtoken checks the
 *                               signature, `iss`, `aud` and `exp`/`nbf` (±5 s, injected clock)
 *   jwt.auth.check-revocation   koa-jwt's `isRevoked` (check-revocation.ts): one store lookup
 *   jwt.auth.check-claims       checkAccessClaims: `typ` at+jwt and every required claim
 *   jwt.auth.reject             401 invalid_token + `WWW-Authenticate` (reject-invalid-token.ts)
 *
 * The client only ever learns "invalid_token": why (expired, forged, revoked) is in the trace.
 *
 * Teaches: authentication is "verify the signature and the claims, then ask whether it was
 * revoked", refused with one answer whatever went wrong.
 *
 * Flow step ids: jwt.auth.verify-token, jwt.auth.check-revocation, jwt.auth.check-claims,
 * jwt.auth.reject.
 * Reference: koa-jwt README; RFC 6750 §2.1 (header), §2.3 ("Don't pass bearer tokens in page
 * URLs"), §3.1 (invalid_token); RFC 8725 §3.1–3.12; RFC 9068 §4; OWASP JSON Web Token Cheat
 * Sheet for Java.
 */
import type { Clock } from '@authlab/http/clock';
import { InvalidTokenError } from '@authlab/http/errors';
import type { LabModes } from '@authlab/http/lab-modes';
import type { Context, Middleware } from 'koa';
import jwt from 'koa-jwt';
import type { JwtAlgorithm } from '../keys/load-keys.ts';
import { withStatelessLabMode } from '../lab/stateless-lab-mode.ts';
import type { RevocationStore } from '../stores/revocation-store.ts';
import {
  ACCESS_TOKEN_AUDIENCE,
  type AccessClaims,
  CLOCK_TOLERANCE_SECONDS,
  readAccessClaims,
  TOKEN_ISSUER,
  toNumericDate,
} from '../tokens/token-claims.ts';
import { getTrace } from '../trace.ts';
import { createRevocationCheck } from './check-revocation.ts';
import { rejectInvalidToken } from './reject-invalid-token.ts';

/** Larger than any token this API issues by far; anything bigger is an attack or a mistake. */
export const MAX_AUTHORIZATION_HEADER_BYTES = 8 * 1024;

/** RFC 6750 §2.1: `"Bearer" 1*SP b64token` (the scheme is case-insensitive, RFC 9110 §11.1). */
const BEARER_CREDENTIALS = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

export interface Authenticated {
  readonly claims: AccessClaims;
}

export interface AuthenticateOptions {
  /** The key for a token header, or `null` (KeySet.findVerificationKey, or a JwksKeyLoader). */
  findKey: jwt.SecretLoader;
  algorithm: JwtAlgorithm;
  clock: Clock;
  revocationStore: RevocationStore;
  /** Only for the lab mode `jwt-stateless-no-revocation` (lab/stateless-lab-mode.ts). */
  labModes: LabModes;
}

/** The caller, for routes mounted after `authenticate()`. */
export function getAuthenticated(ctx: Context): Authenticated {
  const authenticated: Authenticated | undefined = ctx.state.auth;
  if (authenticated === undefined) throw new Error('authenticate() must run before this route.');
  return authenticated;
}

/**
 * koa-jwt's `getToken`. It throws rather than returning `null`: koa-jwt would then fall back to
 * its own Authorization parser, which has no size limit and accepts any characters.
 */
function readBearerToken(ctx: Context): string {
  const header = ctx.get('Authorization');
  const match =
    header.length > MAX_AUTHORIZATION_HEADER_BYTES ? null : BEARER_CREDENTIALS.exec(header);
  const token = match?.[1];
  if (token === undefined) throw new InvalidTokenError();
  return token;
}

/**
 * After koa-jwt, as its `next`: a valid signature only says "this API wrote it". It must also be
 * an ACCESS token (`typ: at+jwt`, RFC 9068 §2.1) with every claim the routes rely on.
 */
async function checkAccessClaims(ctx: Context): Promise<void> {
  const startedAt = performance.now();
  const claims = readAccessClaims(ctx.state.accessToken);
  const trace = getTrace(ctx);
  if (claims === null) {
    trace.record('jwt.auth.check-claims', performance.now() - startedAt, 'failed');
    throw new InvalidTokenError();
  }
  trace.record('jwt.auth.check-claims', performance.now() - startedAt);
  ctx.state.auth = { claims } satisfies Authenticated;
}

export function authenticate(options: AuthenticateOptions): Middleware {
  const { findKey, algorithm, clock, revocationStore, labModes } = options;
  const verifyStartedAt = (ctx: Context): number => ctx.state.verifyStartedAt;
  const verifyAccessToken = jwt({
    // The documented `(header, payload) => key`: the key for the header's `kid`, or none.
    secret: findKey,
    // RFC 8725 §3.1: the algorithm comes from the server, never from the token header.
    algorithms: [algorithm],
    issuer: TOKEN_ISSUER,
    audience: ACCESS_TOKEN_AUDIENCE,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    // Read on every verify (jsonwebtoken copies its options per call): the injected clock
    // decides expiry, so tests freeze time and the lab clock moves it.
    get clockTimestamp() {
      return toNumericDate(clock.now());
    },
    complete: true,
    getToken: readBearerToken,
    isRevoked: withStatelessLabMode(
      createRevocationCheck(revocationStore, verifyStartedAt),
      labModes,
      verifyStartedAt,
    ),
    key: 'accessToken',
  });

  return async function authenticateMiddleware(ctx, next) {
    // Koa's per-request namespace: isRevoked reads it to time the verification it follows.
    ctx.state.verifyStartedAt = performance.now();
    try {
      // koa-jwt's `next` is the claims check; the route runs after the try, so its errors
      // (a 403, a 503) stay its own and never become a 401.
      await verifyAccessToken(ctx, () => checkAccessClaims(ctx));
    } catch (error) {
      throw rejectInvalidToken(ctx, error, ctx.state.verifyStartedAt);
    }
    return next();
  };
}
