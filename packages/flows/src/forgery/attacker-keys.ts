/**
 * The attacker's key material for the forgery lab, made in the page with Web Crypto: a fresh
 * P-256 key pair (for the `jwk` and `jku` forgeries) and the server's published ES256 key as PEM
 * text (for algorithm confusion: the PEM's bytes become an HMAC secret).
 *
 * Teaches: nothing here is secret to an attacker. The public key is published on purpose (JWKS);
 * the attacker's own key pair costs one call. A verifier that lets the TOKEN choose either key
 * has no security left.
 *
 * Flow step ids: none (browser-side helpers of the forgery lab).
 * Reference: RFC 7517 §4 (JWK members), RFC 7518 §6.2.1 (EC public key); RFC 5480 §2 (the
 * SubjectPublicKeyInfo of an EC key, the DER inside a PUBLIC KEY PEM); SEC 1 §2.3.3 (0x04 || X || Y).
 */
import { decodeBase64Url, type JsonObject } from './jose-segments.ts';
import type { WebCryptoKey } from './sign-compact.ts';

const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export interface AttackerKeyPair {
  readonly privateKey: WebCryptoKey;
  readonly publicKey: WebCryptoKey;
}

export async function generateAttackerKeyPair(): Promise<AttackerKeyPair> {
  const { privateKey, publicKey } = await crypto.subtle.generateKey(P256, true, ['sign', 'verify']);
  return { privateKey, publicKey };
}

/** The public members only (kty, crv, x, y): what goes into a `jwk` header or a JWK Set. */
export async function exportPublicJwk(publicKey: WebCryptoKey, kid: string): Promise<JsonObject> {
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', publicKey);
  return { kty, crv, x, y, kid, alg: 'ES256', use: 'sig' };
}

/**
 * The DER that precedes the point in every P-256 SubjectPublicKeyInfo: SEQUENCE { SEQUENCE {
 * id-ecPublicKey, prime256v1 }, BIT STRING (66 bytes) }.
 */
const P256_SPKI_PREFIX = Uint8Array.from(
  '3059301306072a8648ce3d020106082a8648ce3d030107034200'.match(/../g) ?? [],
  (hex) => Number.parseInt(hex, 16),
);

/**
 * A P-256 JWK as the `-----BEGIN PUBLIC KEY-----` text a server keeps on disk, wrapped at 64
 * characters and ending in a newline, byte for byte what Node's `export({ type: 'spki', format:
 * 'pem' })` writes: algorithm confusion needs the exact bytes the verifier feeds to HMAC.
 */
export function publicJwkToPem(jwk: JsonObject): string {
  const x = typeof jwk.x === 'string' ? decodeBase64Url(jwk.x) : null;
  const y = typeof jwk.y === 'string' ? decodeBase64Url(jwk.y) : null;
  if (jwk.crv !== 'P-256' || x?.length !== 32 || y?.length !== 32) {
    throw new Error('Not a P-256 public JWK.');
  }
  const der = Uint8Array.from([...P256_SPKI_PREFIX, 0x04, ...x, ...y]);
  const base64 = btoa(String.fromCharCode(...der));
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}
