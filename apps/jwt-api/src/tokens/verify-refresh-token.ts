/**
 * Verifying a refresh token's JWT part: the same signature rules as an access token (key chosen
 * by `kid`, algorithm pinned, clock tolerance 5 s), but `typ: rt+jwt` and `aud: authlab-refresh`,
 * so an access token can never be used to refresh and a refresh token never opens an API route.
 * Whether the token is still its family's current one is the store's answer (routes/refresh.ts).
 *
 * Teaches: a refresh token is checked like an access token, but never accepted as one (or the other
 * way round).
 *
 * Flow step ids: jwt.refresh.verify-refresh-token.
 * Reference: RFC 8725 §3.1, §3.9, §3.11–3.12; RFC 9700 §4.14.2.
 */
import type { Clock } from '@authlab/http/clock';
import jwt from 'jsonwebtoken';
import type { KeySet } from '../keys/key-set.ts';
import {
  buildVerifyOptions,
  type RefreshClaims,
  readRefreshClaims,
  toNumericDate,
} from './token-claims.ts';

export type RefreshTokenCheck =
  | { readonly ok: true; readonly claims: RefreshClaims }
  | { readonly ok: false; readonly outcome: 'expired' | 'failed' };

export type RefreshTokenVerifier = (token: string) => RefreshTokenCheck;

export function createRefreshTokenVerifier(keys: KeySet, clock: Clock): RefreshTokenVerifier {
  const options = buildVerifyOptions(keys.algorithm, 'refresh');
  return (token) => {
    const key = keys.findKeyForToken(token);
    if (key === null) return { ok: false, outcome: 'failed' };
    try {
      const verified = jwt.verify(token, key, {
        ...options,
        clockTimestamp: toNumericDate(clock.now()),
      });
      const claims = readRefreshClaims(verified);
      return claims === null ? { ok: false, outcome: 'failed' } : { ok: true, claims };
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) return { ok: false, outcome: 'expired' };
      if (error instanceof jwt.JsonWebTokenError) return { ok: false, outcome: 'failed' };
      throw error;
    }
  };
}
