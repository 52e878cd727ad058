/**
 * What a token's header may ask of the key lookup: a `kid` to look up, and nothing more. The
 * header is read BEFORE the signature is checked, so everything in it is the sender's choice.
 *
 * Teaches: the `kid` is only a string to look up in a fixed table — never a file path, a SQL query
 * or a URL — and a `crit` header (extensions this API does not implement) makes the token invalid.
 * Every key lookup starts here: the signer's own (key-set.ts) and a verifier's
 * (jwks-key-loader.ts).
 *
 * Flow step ids: jwt.auth.verify-token (the key for a `kid`).
 * Reference: RFC 7515 §4.1.4 (kid), §4.1.11 ("crit" … "MUST be understood and processed", else
 * "the JWS is invalid"); RFC 8725 §3.10 (do not trust received claims).
 */

/** The JOSE header of a compact JWS, or `null` when its first segment is not base64url JSON. */
export function decodeJoseHeader(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString());
  } catch {
    return null;
  }
}

/**
 * The `kid` and `alg` a token header names, when it is a header this API may verify at all: an
 * object with a string `kid` and no `crit` (RFC 7515 §4.1.11: extensions we do not implement).
 */
export function readKeyReference(header: unknown): { kid: string; alg: unknown } | null {
  if (typeof header !== 'object' || header === null) return null;
  const { kid, alg, crit } = header as Record<string, unknown>;
  return crit !== undefined || typeof kid !== 'string' ? null : { kid, alg };
}
