/**
 * The keys a key set holds, built once as `crypto.KeyObject`s: the signing key, and the keys that
 * verify — each bound to ONE algorithm and named by its RFC 7638 thumbprint (`kid`). An ES256 set
 * also keeps retired public keys, which verify the tokens they signed until those expire, and
 * publishes the public members of each (never the private scalar `d`); an HS256 secret is never
 * published.
 *
 * Teaches: a key verifies only the algorithm it was made for, so an HS256 token "signed" with the
 * ES256 public key (algorithm confusion) never finds a key; and KeyObjects built at start-up spare
 * jsonwebtoken from turning a string into a key on every verify (docs/performance.md).
 *
 * Flow step ids: jwt.auth.verify-token (the keys a `kid` is looked up in), jwt.jwks.respond (the
 * public JWKs).
 * Reference: RFC 8725 §3.1–3.2 (algorithms, one per key); RFC 7517 (JWK, JWK Set); RFC 7638
 * (thumbprint).
 */
import { createPrivateKey, createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { computeJwkThumbprint } from './jwk-thumbprint.ts';
import type { JwtAlgorithm } from './load-keys.ts';

/** The public members of an ES256 key as published in the JWKS: never `d`. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  alg: 'ES256';
  use: 'sig';
}

export interface SigningKey {
  readonly kid: string;
  readonly alg: JwtAlgorithm;
  /** The HMAC secret (HS256) or the private key (ES256). */
  readonly key: KeyObject;
}

export interface VerificationKey {
  readonly kid: string;
  readonly alg: JwtAlgorithm;
  readonly key: KeyObject;
  readonly current: boolean;
  /** `null` for a symmetric key: publishing it would let anyone sign. */
  readonly publicJwk: PublicJwk | null;
}

export interface KeySetOptions {
  algorithm: JwtAlgorithm;
  /** HS256: the shared secret; its UTF-8 bytes are the key. */
  secret?: string | null;
  /** ES256: the current private key. */
  privateKeyPem?: string | null;
  /** ES256: retired public keys that still verify until their tokens expire. */
  previousPublicKeyPems?: readonly string[];
}

function toPublicJwk(publicKey: KeyObject, kid: string): PublicJwk {
  // Exported from the PUBLIC KeyObject, so the private scalar `d` cannot be in it.
  const { x, y } = publicKey.export({ format: 'jwk' });
  if (x === undefined || y === undefined) throw new Error('Not an EC public key.');
  return { kty: 'EC', crv: 'P-256', x, y, kid, alg: 'ES256', use: 'sig' };
}

export function buildVerificationKeys(options: KeySetOptions): {
  signingKey: SigningKey;
  keys: VerificationKey[];
} {
  if (options.algorithm === 'HS256') {
    if (!options.secret) throw new Error('HS256 needs a secret.');
    const key = createSecretKey(Buffer.from(options.secret, 'utf8'));
    const kid = computeJwkThumbprint(key);
    return {
      signingKey: { kid, alg: 'HS256', key },
      keys: [{ kid, alg: 'HS256', key, current: true, publicJwk: null }],
    };
  }
  if (!options.privateKeyPem) throw new Error('ES256 needs a private key.');
  const privateKey = createPrivateKey(options.privateKeyPem);
  const publicKey = createPublicKey(privateKey);
  const kid = computeJwkThumbprint(publicKey);
  const keys: VerificationKey[] = [
    { kid, alg: 'ES256', key: publicKey, current: true, publicJwk: toPublicJwk(publicKey, kid) },
  ];
  for (const pem of options.previousPublicKeyPems ?? []) {
    const previous = createPublicKey(pem);
    const previousKid = computeJwkThumbprint(previous);
    if (keys.some((existing) => existing.kid === previousKid)) continue;
    keys.push({
      kid: previousKid,
      alg: 'ES256',
      key: previous,
      current: false,
      publicJwk: toPublicJwk(previous, previousKid),
    });
  }
  return { signingKey: { kid, alg: 'ES256', key: privateKey }, keys };
}

export function publicPemsOf(keys: readonly VerificationKey[]): string[] {
  return keys.map((entry) => entry.key.export({ format: 'pem', type: 'spki' }).toString());
}
