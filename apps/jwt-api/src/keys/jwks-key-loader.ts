/**
 * A verifier's keys: the public keys of the signer, fetched from its JWKS URL (JWT_JWKS_URL) by
 * jwks-rsa, used the way koa-jwt's README shows — `secret: jwksRsa.koaJwtSecret({ jwksUri, cache:
 * true, rateLimit: true })` — with the checks RFC 8725 asks for around it.
 *
 * Teaches: with ES256 an instance that only VERIFIES needs no secret at all: it holds the signer's
 * address, not a key, so stealing it lets nobody sign. jwks-rsa keeps each key it found (by `kid`)
 * for CACHE_MAX_AGE_MS; a `kid` it has not seen makes it fetch the JWKS again — that is how a
 * verifier picks up a rotated key — at most JWKS_REQUESTS_PER_MINUTE times a minute, so tokens
 * with made-up kids cannot turn the verifier into a flood against the signer.
 *
 * Before jwks-rsa is asked, the header must name a `kid` and the pinned algorithm and carry no
 * `crit` — the rules of the signer's own key lookup (key-set.ts, `readKeyReference`). The `kid`
 * check matters: given no kid, jwks-rsa answers with the JWKS's only key, and this API's tokens
 * always name theirs (RFC 8725 §3.1: the algorithm comes from the verifier, which also refuses
 * tokens its signer never writes).
 *
 *   unknown kid, or refetch refused by the rate limit  → null: koa-jwt refuses, 401 invalid_token
 *   JWKS unreachable, slower than JWKS_TIMEOUT_MS, no usable key → 503 jwks_unavailable, never
 *   a bypass (authenticate.ts hands it on as it does a store outage)
 *
 * Flow step ids: jwt.auth.verify-token (the key for a `kid`, here from the signer's JWKS).
 * Reference: jwks-rsa README, "Usage → Koa" and "Caching"/"Rate Limiting"; koa-jwt README,
 * "Token Verification Exceptions"; RFC 8725 §3.1, §3.10; RFC 7517 §5 (JWK Set), §4.5 (kid);
 * RFC 7515 §4.1.11 (crit).
 */
import { JwksUnavailableError } from '@authlab/http/errors';
import jwksRsa from 'jwks-rsa';
import { readKeyReference } from './key-reference.ts';
import type { JwtAlgorithm } from './load-keys.ts';

/** A JWKS request that has not answered in 2 s fails (503) instead of holding the request. */
export const JWKS_TIMEOUT_MS = 2000;
/** jwks-rsa's default: a found key is trusted for 10 minutes without asking again. */
export const CACHE_MAX_AGE_MS = 600_000;
/** jwks-rsa's default refetch budget (unknown kids): 10 JWKS requests a minute. */
export const JWKS_REQUESTS_PER_MINUTE = 10;

/** koa-jwt's `secret`: the PEM for the header's key, or `null` to refuse the token. */
export type JwksKeyLoader = (header: unknown) => Promise<string | null>;

export interface JwksKeyLoaderOptions {
  jwksUri: string;
  algorithm: JwtAlgorithm;
}

export function createJwksKeyLoader(options: JwksKeyLoaderOptions): JwksKeyLoader {
  const findKey = jwksRsa.koaJwtSecret({
    jwksUri: options.jwksUri,
    cache: true,
    cacheMaxAge: CACHE_MAX_AGE_MS,
    rateLimit: true,
    jwksRequestsPerMinute: JWKS_REQUESTS_PER_MINUTE,
    timeout: JWKS_TIMEOUT_MS,
  });

  return async function findJwksKey(header) {
    const reference = readKeyReference(header);
    if (reference === null || reference.alg !== options.algorithm) return null;
    try {
      return await findKey({ kid: reference.kid, alg: options.algorithm });
    } catch (error) {
      if (error instanceof jwksRsa.SigningKeyNotFoundError) return null;
      if (error instanceof jwksRsa.JwksRateLimitError) return null;
      throw new JwksUnavailableError(error);
    }
  };
}
