/**
 * Decodes a JWT in the page, for display only: splits the compact serialisation into its three
 * base64url segments and parses the first two as JSON. Nothing is verified here and nothing leaves
 * the machine — the page never sends a token anywhere but to the API that issued it.
 *
 * Decoding is not verifying: anyone can read a JWT's payload (RFC 7519 §1: the claims are
 * "digitally signed or integrity protected", not encrypted), so it must hold nothing secret.
 *
 * Reference: RFC 7515 §7.1 (JWS compact serialization), RFC 4648 §5 (base64url).
 */

export type SegmentErrorCode = 'not_base64url' | 'not_utf8' | 'not_json' | 'not_object';
export type TokenErrorCode = 'empty' | 'not_three_segments';

export interface JsonSegment {
  readonly raw: string;
  readonly value: Readonly<Record<string, unknown>> | null;
  readonly error: SegmentErrorCode | null;
}

export interface DecodedJwt {
  readonly error: TokenErrorCode | null;
  readonly header: JsonSegment;
  readonly payload: JsonSegment;
  readonly signature: { readonly raw: string; readonly bytes: number | null };
  /** Bytes on the wire: the token is ASCII, so one byte per character. */
  readonly sizeBytes: number;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** RFC 4648 §5 without padding, as JWS uses it (RFC 7515 §2). */
export function decodeBase64Url(segment: string): Uint8Array | null {
  if (!BASE64URL.test(segment) || segment.length % 4 === 1) return null;
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  try {
    const binary = atob(padded);
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return null;
  }
}

function decodeJsonSegment(raw: string): JsonSegment {
  const bytes = decodeBase64Url(raw);
  if (bytes === null) return { raw, value: null, error: 'not_base64url' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { raw, value: null, error: 'not_utf8' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { raw, value: null, error: 'not_json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { raw, value: null, error: 'not_object' };
  }
  return { raw, value: value as Record<string, unknown>, error: null };
}

const EMPTY_SEGMENT: JsonSegment = { raw: '', value: null, error: null };

export function decodeJwt(token: string): DecodedJwt {
  const trimmed = token.trim();
  const sizeBytes = new TextEncoder().encode(trimmed).length;
  if (trimmed === '') {
    return {
      error: 'empty',
      header: EMPTY_SEGMENT,
      payload: EMPTY_SEGMENT,
      signature: { raw: '', bytes: null },
      sizeBytes,
    };
  }
  const segments = trimmed.split('.');
  if (segments.length !== 3) {
    return {
      error: 'not_three_segments',
      header: { raw: trimmed, value: null, error: null },
      payload: EMPTY_SEGMENT,
      signature: { raw: '', bytes: null },
      sizeBytes,
    };
  }
  const [header = '', payload = '', signature = ''] = segments;
  return {
    error: null,
    header: decodeJsonSegment(header),
    payload: decodeJsonSegment(payload),
    signature: { raw: signature, bytes: decodeBase64Url(signature)?.length ?? null },
    sizeBytes,
  };
}
