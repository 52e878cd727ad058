/**
 * The compact JWS serialisation, taken apart and put back together in plain JavaScript: the same
 * code runs in the browser (the forgery panel) and in Node (the API tests), with no `Buffer`.
 *
 * Teaches: a JWT is three base64url segments, `header.payload.signature`, and the signature covers
 * the first two EXACTLY as sent (the "signing input"). Anyone can decode and re-encode the first
 * two; only the signature needs a key — which is why every forgery is about the key.
 *
 * Flow step ids: none (browser-side helpers of the forgery lab).
 * Reference: RFC 7515 §7.1 (compact serialisation), §5.1 (signing input); RFC 4648 §5 (base64url).
 */

export type JsonObject = Record<string, unknown>;

/** RFC 4648 §5 without padding, as JWS uses it (RFC 7515 §2). */
export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url segment, or `null` when it is not base64url. */
export function decodeBase64Url(segment: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(segment) || segment.length % 4 === 1) return null;
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

export function encodeJsonSegment(value: JsonObject): string {
  return encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
}

/** A header or payload segment as an object, or `null` when it is not base64url JSON object. */
export function decodeJsonSegment(segment: string): JsonObject | null {
  const bytes = decodeBase64Url(segment);
  if (bytes === null) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as JsonObject)
      : null;
  } catch {
    return null;
  }
}

export interface CompactParts {
  readonly header: JsonObject;
  readonly payload: JsonObject;
  /** The segments as sent: a signature covers these bytes, not the re-encoded objects. */
  readonly encodedHeader: string;
  readonly encodedPayload: string;
  readonly signature: string;
}

/** The three parts of a compact JWS, or `null` when it is not one. Nothing is verified. */
export function splitCompact(token: string): CompactParts | null {
  const segments = token.trim().split('.');
  if (segments.length !== 3) return null;
  const [encodedHeader = '', encodedPayload = '', signature = ''] = segments;
  const header = decodeJsonSegment(encodedHeader);
  const payload = decodeJsonSegment(encodedPayload);
  if (header === null || payload === null) return null;
  return { header, payload, encodedHeader, encodedPayload, signature };
}
