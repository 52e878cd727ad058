/**
 * What an authlab token is: its header, its claims, and the rules every one of them must pass.
 *
 *   header  {alg, typ: "at+jwt" | "rt+jwt", kid}
 *   access  {iss, aud: "authlab-api",     sub, iat, exp, jti, name, role, ver, fid}
 *   refresh {iss, aud: "authlab-refresh", sub, iat, exp, jti, ver, fid}
 *
 * Teaches: a valid signature only says "this API wrote it". Whether it is the RIGHT kind of token,
 * for the right audience, still current, and complete is a separate check. Access and refresh
 * tokens differ in BOTH `typ` and `aud`, so neither is ever accepted in the other's place (RFC 8725
 * §3.11–3.12), and a token missing any required claim is refused: jsonwebtoken skips the `exp`
 * check altogether when `exp` is absent, so "no exp" would otherwise mean "never expires".
 *
 * Claims are signed, not encrypted: anyone holding the token reads them (nothing secret goes in).
 * The documents' `user_id`/`user_name` are the registered `sub` and the `name` of OIDC.
 *
 * Flow step ids: jwt.auth.check-claims, jwt.refresh.verify-refresh-token (verify-refresh-token.ts).
 * Reference: RFC 7519 §4.1 (registered claims); RFC 9068 §2.1 (typ "at+jwt") and §4 (validation);
 * RFC 8725 §3.8 (iss/sub), §3.9 (aud), §3.11 (explicit typing); RFC 7519 §4.1.4 (exp leeway).
 */
import type { Jwt, VerifyOptions } from 'jsonwebtoken';
import { z } from 'zod';
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

const registeredClaims = {
  iss: z.literal(TOKEN_ISSUER),
  sub: z.string().regex(/^[1-9]\d{0,14}$/),
  iat: z.number().int(),
  exp: z.number().int(),
  jti: z.string().min(16).max(64),
  ver: z.number().int().nonnegative(),
  fid: z.string().min(16).max(64),
};

const accessClaimsSchema = z.object({
  ...registeredClaims,
  aud: z.literal(ACCESS_TOKEN_AUDIENCE),
  name: z.string().max(200),
  role: z.enum(['admin', 'user']),
});

const refreshClaimsSchema = z.object({
  ...registeredClaims,
  aud: z.literal(REFRESH_TOKEN_AUDIENCE),
});

export type AccessClaims = z.infer<typeof accessClaimsSchema>;
export type RefreshClaims = z.infer<typeof refreshClaimsSchema>;

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
  if (!hasType(token, 'access')) return null;
  const result = accessClaimsSchema.safeParse(token.payload);
  return result.success ? result.data : null;
}

/** The claims of a verified refresh token, or `null` when it is not a complete refresh token. */
export function readRefreshClaims(token: Jwt): RefreshClaims | null {
  if (!hasType(token, 'refresh')) return null;
  const result = refreshClaimsSchema.safeParse(token.payload);
  return result.success ? result.data : null;
}

/** JWT NumericDate (RFC 7519 §2): whole seconds since the epoch, from the injected clock. */
export function toNumericDate(epochMs: number): number {
  return Math.floor(epochMs / 1000);
}
