/**
 * Signing the two tokens this API issues, with times from the injected clock.
 *
 * Teaches: an access token is a short-lived, self-contained statement ("user 42, admin, until
 * 10:15") that any instance holding the key can check; the refresh token is a long-lived,
 * single-use ticket that is only ever shown to POST /refresh. Each gets a fresh random `jti`, so
 * one token can be denylisted (access) or recognised as spent (refresh) without touching others.
 *
 * Flow step ids: jwt.login.sign-access-token, jwt.login.issue-refresh-token,
 * jwt.refresh.rotate, jwt.refresh.sign-access-token.
 * Reference: RFC 7519 §4.1 (claims); RFC 9068 §2 (access-token header and claims);
 * RFC 9700 §4.14.2 (refresh tokens); RFC 8725 §3.11 (explicit typing).
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '@authlab/http/clock';
import type { User } from '@authlab/users/users-repository';
import jwt from 'jsonwebtoken';
import type { KeySet } from '../keys/key-set.ts';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_TYPE,
  type AccessClaims,
  REFRESH_TOKEN_AUDIENCE,
  REFRESH_TOKEN_TYPE,
  type RefreshClaims,
  TOKEN_ISSUER,
  toNumericDate,
} from './token-claims.ts';

export interface SignedToken {
  readonly token: string;
  readonly jti: string;
  /** NumericDate (seconds). */
  readonly expiresAt: number;
  /** Seconds from now, for `expires_in` (RFC 6749 §5.1). */
  readonly expiresIn: number;
}

export interface TokenSigner {
  signAccessToken(user: User, familyId: string): SignedToken;
  /** `expiresAt` (seconds) is capped by the caller at the family's end of life. */
  signRefreshToken(user: User, familyId: string, jti: string, expiresAt: number): SignedToken;
}

export interface TokenSignerOptions {
  keys: KeySet;
  clock: Clock;
  accessTokenTtlSeconds: number;
}

/** A new random token or family id (122 random bits). */
export function createTokenId(): string {
  return randomUUID();
}

export function createTokenSigner(options: TokenSignerOptions): TokenSigner {
  const { keys, clock, accessTokenTtlSeconds } = options;
  const sign = (payload: AccessClaims | RefreshClaims, typ: string) => {
    // Read at every signature: after a rotation (key-set.ts) the new key signs.
    const { kid, alg, key } = keys.signingKey;
    return jwt.sign(payload, key, { algorithm: alg, keyid: kid, header: { alg, typ } });
  };

  return {
    signAccessToken(user, familyId) {
      const iat = toNumericDate(clock.now());
      const claims: AccessClaims = {
        iss: TOKEN_ISSUER,
        aud: ACCESS_TOKEN_AUDIENCE,
        sub: String(user.id),
        iat,
        exp: iat + accessTokenTtlSeconds,
        jti: createTokenId(),
        email: user.email,
        name: user.name,
        role: user.role,
        ver: user.credentialVersion,
        fid: familyId,
      };
      return {
        token: sign(claims, ACCESS_TOKEN_TYPE),
        jti: claims.jti,
        expiresAt: claims.exp,
        expiresIn: accessTokenTtlSeconds,
      };
    },
    signRefreshToken(user, familyId, jti, expiresAt) {
      const iat = toNumericDate(clock.now());
      const claims: RefreshClaims = {
        iss: TOKEN_ISSUER,
        aud: REFRESH_TOKEN_AUDIENCE,
        sub: String(user.id),
        iat,
        exp: expiresAt,
        jti,
        ver: user.credentialVersion,
        fid: familyId,
      };
      return {
        token: sign(claims, REFRESH_TOKEN_TYPE),
        jti,
        expiresAt,
        expiresIn: expiresAt - iat,
      };
    },
  };
}
