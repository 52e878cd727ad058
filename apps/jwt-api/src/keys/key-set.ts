/**
 * The keys this API signs and verifies with, as `crypto.KeyObject`s, each bound to ONE algorithm
 * and found by its `kid`.
 *
 * Teaches: the three rules that defeat the classic JWT attacks:
 * 1. The server picks the key and the algorithm; the token only names a `kid`, looked up in a
 *    fixed table. An unknown `kid` is refused — it never becomes a file path, a SQL query or a URL
 *    (`"kid": "../../dev/null"` and `"kid": "' OR 1=1 --"` are just unknown strings).
 * 2. A key verifies only the algorithm it was made for. `alg: none` in any spelling, or an HS256
 *    token "signed" with the ES256 public key (algorithm confusion) never matches.
 * 3. Keys are never taken from the token: `jku`, `jwk`, `x5u` and `x5c` headers are ignored, and a
 *    `crit` header (extensions we do not implement) makes the token invalid.
 *
 * Rotation (ES256): the current private key signs; previous public keys (JWT_PREVIOUS_PUBLIC_KEYS)
 * keep verifying the tokens they signed until those expire, then can be removed. The JWKS lists
 * the public parts of all of them. `rotate()` does the same while running (the lab's
 * POST /lab/keys/rotate): a new key signs, the old public key stays in the JWKS, and verifiers
 * that fetch the JWKS (JWT_JWKS_URL) find the new `kid` there on their next unknown-kid refetch.
 *
 * KeyObjects, not strings: jsonwebtoken turns any other key into a KeyObject on EVERY verify (for
 * an HMAC secret, only after trying it as a public key and catching the failure); built once
 * (verification-keys.ts), the work is done at start-up. docs/performance.md measures it.
 *
 * `findVerificationKey(header)` is koa-jwt's `secret` option: the documented `(header, payload) =>
 * key` function (authenticate.ts). `findKeyForToken(token)` serves /refresh, which calls
 * jsonwebtoken directly; it remembers the key per encoded header, since every token this API
 * issues with one key carries the same header bytes.
 *
 * Flow step ids: jwt.auth.verify-token (the key for a `kid`), jwt.login.sign-access-token and
 * jwt.refresh.sign-access-token (the signing key).
 * Reference: RFC 8725 §2.1, §3.1 ("libraries MUST enable the caller to specify a supported set of
 * algorithms"), §3.2 (algorithm per key); RFC 7515 §4.1.2–4.1.6 (jku, jwk, kid, x5u, x5c), §4.1.11
 * ("crit" … "MUST be understood and processed", else "the JWS is invalid"); RFC 7517 (JWK, JWKS).
 */
import type { KeyObject } from 'node:crypto';
import { decodeJoseHeader, readKeyReference } from './key-reference.ts';
import type { JwtAlgorithm } from './load-keys.ts';
import {
  buildVerificationKeys,
  type KeySetOptions,
  type PublicJwk,
  publicPemsOf,
  type SigningKey,
  type VerificationKey,
} from './verification-keys.ts';

export interface KeySet {
  readonly algorithm: JwtAlgorithm;
  /** Read at every signature: a rotation changes it. */
  readonly signingKey: SigningKey;
  readonly verificationKeys: readonly VerificationKey[];
  /**
   * The key for a token header, or `null` to refuse it (unknown kid, other alg, `crit`): koa-jwt's
   * `secret` function, so it must not use `this`.
   */
  findVerificationKey(header: unknown): KeyObject | null;
  /** The key for a compact JWS, by its (unverified) header; `null` to refuse it unverified. */
  findKeyForToken(token: string): KeyObject | null;
  /** The JWK Set to publish, or `null` in HS256 mode (there is nothing public to publish). */
  readonly jwks: { readonly keys: readonly PublicJwk[] } | null;
  /**
   * ES256 only: sign with `privateKeyPem` from now on and keep the current public key (and up to
   * MAX_PREVIOUS_KEYS older ones) for verification. Throws in HS256 mode.
   */
  rotate(privateKeyPem: string): void;
}

/**
 * How many distinct header segments are remembered. The API's own tokens need one per key and
 * token type; past the limit (anyone can craft headers that name a valid kid) lookups still work,
 * they are just not remembered — the memory stays bounded whatever is sent.
 */
export const MAX_REMEMBERED_HEADERS = 32;

/**
 * How many retired public keys a rotation keeps. A key may go once every token it signed has
 * expired (the refresh token's lifetime after the rotation); past this bound the oldest goes
 * first and its tokens are refused — what retiring a key means.
 */
export const MAX_PREVIOUS_KEYS = 4;

export function createKeySet(options: KeySetOptions): KeySet {
  let built = buildVerificationKeys(options);
  let byKid = new Map(built.keys.map((entry) => [entry.kid, entry]));
  const keyByHeaderSegment = new Map<string, KeyObject>();
  const publicJwks = () =>
    built.keys.flatMap((entry) => (entry.publicJwk === null ? [] : [entry.publicJwk]));

  function findVerificationKey(header: unknown): KeyObject | null {
    const reference = readKeyReference(header);
    const entry = reference === null ? undefined : byKid.get(reference.kid);
    return entry !== undefined && entry.alg === reference?.alg ? entry.key : null;
  }

  return {
    algorithm: options.algorithm,
    get signingKey() {
      return built.signingKey;
    },
    get verificationKeys() {
      return built.keys;
    },
    get jwks() {
      return options.algorithm === 'HS256' ? null : { keys: publicJwks() };
    },
    findVerificationKey,
    findKeyForToken(token) {
      const dot = token.indexOf('.');
      if (dot === -1) return null;
      const segment = token.slice(0, dot);
      const remembered = keyByHeaderSegment.get(segment);
      if (remembered !== undefined) return remembered;
      const key = findVerificationKey(decodeJoseHeader(segment));
      if (key !== null && keyByHeaderSegment.size < MAX_REMEMBERED_HEADERS) {
        keyByHeaderSegment.set(segment, key);
      }
      return key;
    },
    rotate(privateKeyPem) {
      // HS256 has one secret that signs AND verifies: rotating it means giving every instance
      // the new one at once (docs/cluster-lab.md), not something one instance can do alone.
      if (options.algorithm !== 'ES256') throw new Error('Only an ES256 key set rotates.');
      const kept = built.keys.slice(0, MAX_PREVIOUS_KEYS);
      built = buildVerificationKeys({
        algorithm: 'ES256',
        privateKeyPem,
        previousPublicKeyPems: publicPemsOf(kept),
      });
      byKid = new Map(built.keys.map((entry) => [entry.kid, entry]));
      // A key that was dropped must not stay reachable through a remembered header.
      keyByHeaderSegment.clear();
    },
  };
}
