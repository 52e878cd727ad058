/**
 * What an authlab token is: its header, its claims, and the rules every one of them must pass.
 *
 *   header  {alg, typ: "at+jwt" | "rt+jwt", kid}
 *   access  {iss, aud: "authlab-api",     sub, iat, exp, jti, email, name, role, ver, fid}
 *   refresh {iss, aud: "authlab-refresh", sub, iat, exp, jti, ver, fid}
 *
 * Teaches: a valid signature only says "this API wrote it". Whether it is the RIGHT kind of token,
 * for the right audience, still current, and complete is a separate check. Access and refresh
 * tokens differ in BOTH `typ` and `aud`, so neither is ever accepted in the other's place (RFC 8725
 * §3.11–3.12), and a token missing any required claim is refused: jsonwebtoken skips the `exp`
 * check altogether when `exp` is absent, so "no exp" would otherwise mean "never expires".
 *
 * Claims are signed, not encrypted: anyone holding the token reads them (nothing secret goes in).
 * The documents' `user_id`/`user_name` are the registered `sub` and the `name` of OIDC; `email`
 * (also OIDC) completes the profile, so GET /me answers from the token alone, as the session API
 * answers from the session. That profile is a snapshot taken at login; what can change later
 * (disabled, password, logout-all) is revocation state, checked on every request (`ver`).
 *
 * Flow step ids: jwt.auth.check-claims, jwt.refresh.verify-refresh-token (verify-refresh-token.ts).
 * Reference: RFC 7519 §4.1 (registered claims); RFC 9068 §2.1 (typ "at+jwt") and §4 (validation);
 * RFC 8725 §3.8 (iss/sub), §3.9 (aud), §3.11 (explicit typing); RFC 7519 §4.1.4 (exp leeway).
 */

import type { PublicUser, Role } from '@authlab/users/users-repository';
import type { Jwt, VerifyOptions } from 'jsonwebtoken';
import type { JwtAlgorithm } from '../keys/load-keys.ts';

export const TOKEN_ISSUER = 'authlab-jwt-api';
export const ACCESS_TOKEN_AUDIENCE = 'authlab-api';
export const REFRESH_TOKEN_AUDIENCE = 'authlab-refresh';
export const ACCESS_TOKEN_TYPE = 'at+jwt';
export const REFRESH_TOKEN_TYPE = 'rt+jwt';
/** RFC 7519 §4.1.4: "Implementers MAY provide for some small leeway … to account for clock skew". */
export const CLOCK_TOLERANCE_SECONDS = 5;

export type TokenKind = 'access' | 'refresh';

const TOKEN_TYPES: Readonly<Record<TokenKind, string>> = {
  access: ACCESS_TOKEN_TYPE,
  refresh: REFRESH_TOKEN_TYPE,
};
const AUDIENCES: Readonly<Record<TokenKind, string>> = {
  access: ACCESS_TOKEN_AUDIENCE,
  refresh: REFRESH_TOKEN_AUDIENCE,
};

interface RegisteredClaims {
  iss: typeof TOKEN_ISSUER;
  sub: string;
  iat: number;
  exp: number;
  jti: string;
  ver: number;
  fid: string;
}

export interface AccessClaims extends RegisteredClaims {
  aud: typeof ACCESS_TOKEN_AUDIENCE;
  email: string;
  name: string;
  role: Role;
}

export interface RefreshClaims extends RegisteredClaims {
  aud: typeof REFRESH_TOKEN_AUDIENCE;
}

/** A database id as a decimal string: no sign, no leading zero, within 2^53. */
const USER_ID_PATTERN = /^[1-9]\d{0,14}$/;
const TOKEN_ID_MIN_LENGTH = 16;
const TOKEN_ID_MAX_LENGTH = 64;
const NAME_MAX_LENGTH = 200;
/** RFC 5321 §4.5.3.1: a forward path is at most 256 octets, so an address at most 254. */
const EMAIL_MAX_LENGTH = 254;

/** A `jti` or `fid`: the random ids sign-tokens.ts writes, within bounds. */
export function isTokenId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= TOKEN_ID_MIN_LENGTH &&
    value.length <= TOKEN_ID_MAX_LENGTH
  );
}

/** A `sub` this API issues: a users-table id as a decimal string. */
export function isUserId(value: unknown): value is string {
  return typeof value === 'string' && USER_ID_PATTERN.test(value);
}

/**
 * Plain `typeof` checks rather than a schema library: this runs on EVERY authenticated request,
 * and each claim needs no more than its type and range. Every claim is required. The readers below
 * copy the claims into a fresh object literal, so nothing unchecked rides along into `ctx.state`.
 */
function hasRegisteredClaims(
  claims: Record<string, unknown>,
  audience: string,
): claims is Record<string, unknown> & RegisteredClaims {
  const { iss, aud, sub, iat, exp, jti, ver, fid } = claims;
  return (
    iss === TOKEN_ISSUER &&
    aud === audience &&
    isUserId(sub) &&
    Number.isSafeInteger(iat) &&
    Number.isSafeInteger(exp) &&
    Number.isSafeInteger(ver) &&
    (ver as number) >= 0 &&
    isTokenId(jti) &&
    isTokenId(fid)
  );
}

export function isClaimsObject(payload: unknown): payload is Record<string, unknown> {
  return typeof payload === 'object' && payload !== null;
}

/**
 * Options for jsonwebtoken's verify, shared by koa-jwt (access) and /refresh. The caller adds
 * `clockTimestamp` from the injected clock. `complete: true` hands back the header as well, so
 * `typ` can be checked.
 */
export function buildVerifyOptions(
  algorithm: JwtAlgorithm,
  kind: TokenKind,
): VerifyOptions & { complete: true } {
  return {
    // RFC 8725 §3.1: the algorithm comes from the server, never from the token header.
    algorithms: [algorithm],
    issuer: TOKEN_ISSUER,
    audience: AUDIENCES[kind],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    complete: true,
  };
}

function hasType(token: Jwt, kind: TokenKind): boolean {
  return token.header.typ === TOKEN_TYPES[kind];
}

/** The claims of a verified access token, or `null` when it is not a complete access token. */
export function readAccessClaims(token: Jwt): AccessClaims | null {
  const claims = token.payload;
  if (!hasType(token, 'access') || !isClaimsObject(claims)) return null;
  if (!hasRegisteredClaims(claims, ACCESS_TOKEN_AUDIENCE)) return null;
  const { email, name, role } = claims;
  if (typeof email !== 'string' || email.length > EMAIL_MAX_LENGTH) return null;
  if (typeof name !== 'string' || name.length > NAME_MAX_LENGTH) return null;
  if (role !== 'admin' && role !== 'user') return null;
  const { iss, sub, iat, exp, jti, ver, fid } = claims;
  return { iss, aud: ACCESS_TOKEN_AUDIENCE, sub, iat, exp, jti, email, name, role, ver, fid };
}

/**
 * The caller as the HTTP contract describes users, from the access token alone. `disabled` is
 * false by construction: disabling a user revokes every token they hold.
 */
export function toCallerUser(claims: AccessClaims): PublicUser {
  const { sub, email, name, role } = claims;
  return { id: Number(sub), email, name, role, disabled: false };
}

/** The claims of a verified refresh token, or `null` when it is not a complete refresh token. */
export function readRefreshClaims(token: Jwt): RefreshClaims | null {
  const claims = token.payload;
  if (!hasType(token, 'refresh') || !isClaimsObject(claims)) return null;
  if (!hasRegisteredClaims(claims, REFRESH_TOKEN_AUDIENCE)) return null;
  const { iss, sub, iat, exp, jti, ver, fid } = claims;
  return { iss, aud: REFRESH_TOKEN_AUDIENCE, sub, iat, exp, jti, ver, fid };
}

/** JWT NumericDate (RFC 7519 §2): whole seconds since the epoch, from the injected clock. */
export function toNumericDate(epochMs: number): number {
  return Math.floor(epochMs / 1000);
}
