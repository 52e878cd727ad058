/**
 * Key ids (`kid`) as RFC 7638 JWK thumbprints: the SHA-256 of the key's required public members,
 * serialised in a fixed order. The same key always gets the same id, on every instance, with no
 * registry to keep in sync; a different key can never claim an existing id.
 *
 * For an HS256 secret the thumbprint hashes the secret itself (`{"k":…,"kty":"oct"}`). That
 * publishes no more than every token's HMAC already does: both let an attacker test guesses of a
 * weak secret offline, neither helps against a 256-bit random one (which is why config.ts demands
 * one).
 *
 * Teaches: key ids derived from the key itself (RFC 7638), the same on every instance.
 *
 * Flow step ids: none directly (the `kid` that jwt.auth.verify-token looks up).
 * Reference: RFC 7638 §3.1 ("the JSON object MUST contain only the required members … in
 * lexicographic order"), §3.2 (EC: crv, kty, x, y; oct: k, kty); RFC 7517 §4.5 (kid).
 */
import { createHash, type KeyObject } from 'node:crypto';

export function computeJwkThumbprint(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  let members: string;
  if (jwk.kty === 'EC') {
    members = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  } else if (jwk.kty === 'oct') {
    members = JSON.stringify({ k: jwk.k, kty: jwk.kty });
  } else {
    throw new Error(`No thumbprint rule for key type ${String(jwk.kty)}.`);
  }
  return createHash('sha256').update(members).digest('base64url');
}
