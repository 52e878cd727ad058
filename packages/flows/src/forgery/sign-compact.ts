/**
 * Signing a forged JWS in plain Web Crypto (browser and Node alike): with no key (`alg: none`),
 * with an HMAC secret the attacker knows or guessed, with the attacker's own P-256 key, or by
 * keeping the original signature over new content.
 *
 * Teaches: a signature is only as good as the verifier's choice of key and algorithm. Every one of
 * these signatures is "valid" for SOME key; the attack is getting a verifier to pick that key.
 *
 * Flow step ids: none (browser-side helpers of the forgery lab).
 * Reference: RFC 7515 §5.1 (creating a JWS), RFC 7518 §3.2 (HS256), §3.4 (ES256: the signature is
 * R || S, which Web Crypto's ECDSA already returns), §3.6 (`none`); RFC 2104 §2 (HMAC key padding).
 */
import { encodeBase64Url, encodeJsonSegment, type JsonObject } from './jose-segments.ts';

/** Web Crypto's `CryptoKey`, named the same way under the DOM and the Node type definitions. */
export type WebCryptoKey = Parameters<typeof crypto.subtle.sign>[1];

export type ForgedSignature =
  | { readonly kind: 'none' }
  | { readonly kind: 'original'; readonly signature: string }
  | { readonly kind: 'hmac'; readonly secret: Uint8Array }
  | { readonly kind: 'es256'; readonly privateKey: WebCryptoKey };

/** SHA-256's block size: HMAC pads shorter keys with zero bytes up to it (RFC 2104 §2). */
const SHA256_BLOCK_BYTES = 64;

/**
 * Web Crypto refuses a zero-length HMAC key, but HMAC zero-pads every key to the block size, so an
 * empty key and 64 zero bytes give the same MAC: the `kid: ../../dev/null` forgery relies on it.
 */
async function importHmacKey(secret: Uint8Array): Promise<WebCryptoKey> {
  // A copy, backed by a plain ArrayBuffer as Web Crypto's BufferSource wants.
  const bytes = secret.length === 0 ? new Uint8Array(SHA256_BLOCK_BYTES) : new Uint8Array(secret);
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

export async function signHs256(secret: Uint8Array, signingInput: string): Promise<string> {
  const key = await importHmacKey(secret);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(signingInput));
  return encodeBase64Url(new Uint8Array(mac));
}

async function signEs256(privateKey: WebCryptoKey, signingInput: string): Promise<string> {
  const bytes = new TextEncoder().encode(signingInput);
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, bytes);
  return encodeBase64Url(new Uint8Array(signature));
}

/** `header.payload.signature` for any header and payload: what an attacker sends. */
export async function signCompact(
  header: JsonObject,
  payload: JsonObject,
  signature: ForgedSignature,
): Promise<string> {
  const signingInput = `${encodeJsonSegment(header)}.${encodeJsonSegment(payload)}`;
  switch (signature.kind) {
    case 'none':
      return `${signingInput}.`;
    case 'original':
      return `${signingInput}.${signature.signature}`;
    case 'hmac':
      return `${signingInput}.${await signHs256(signature.secret, signingInput)}`;
    case 'es256':
      return `${signingInput}.${await signEs256(signature.privateKey, signingInput)}`;
  }
}
