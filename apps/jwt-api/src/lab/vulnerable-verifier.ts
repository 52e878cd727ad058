/**
 * ⚠ DELIBERATELY VULNERABLE — LAB ONLY. A JWT verifier written by hand the way too many were, for
 * the forgery lab to attack side by side with the real API. It is never used to authenticate
 * anything: routes/vulnerable-verifier.ts only reports its verdict, is mounted only while the lab
 * is enabled (never in production), and labels every answer `X-Authlab-Lab-Mode:
 * vulnerable-verifier`. Not an old library version: every mistake is written out here, named in
 * its verdict, and refused by the real API (test/lab/forgeries.test.ts).
 *
 * Its mistakes:
 * - `alg` comes from the header: `none` in any letter case means "nothing to check";
 * - "the key" goes to whatever algorithm the header names: with HS256, the ES256 PUBLIC key's PEM
 *   text becomes an HMAC secret anyone can compute (algorithm confusion);
 * - the key comes from the token (`jwk`, `jku`) or from a file named by `kid` (find-naive-key.ts);
 * - one of its key files is a weak secret ("secret");
 * - `decodeNaively` is the `jwt.decode()`-instead-of-`jwt.verify()` bug: no signature at all.
 * It checks no claim either (exp, iss, aud): the lab is about the signature.
 *
 * Teaches: why the real verifier (middleware/authenticate.ts) takes the algorithm and the key from
 * the server, never from the token.
 *
 * Flow step ids: none (lab-only; the real API's check is jwt.auth.verify-token).
 * Reference: RFC 8725 §2.1, §2.2, §3.1 ("libraries MUST enable the caller to specify a supported
 * set of algorithms and MUST NOT use any other algorithms"), §3.2, §3.3, §3.5, §3.10.
 */
import { createHmac, timingSafeEqual, verify } from 'node:crypto';
import { splitCompact } from '@authlab/flows/forgery/jose-segments';
import {
  type NaiveMistake,
  type NaiveVerdictAnswer,
  VULNERABLE_VERIFIER_LABEL,
} from '@authlab/flows/forgery/naive-verdict';
import { findNaiveKey, type NaiveKeyDeps } from './find-naive-key.ts';
import { type KeyMaterial, WEAK_SECRET } from './vulnerable-key-files.ts';

export type NaiveVerifierDeps = NaiveKeyDeps;

const base = { verifier: VULNERABLE_VERIFIER_LABEL } as const;

function refuse(
  refusal: NaiveVerdictAnswer['refusal'],
  rest: Partial<NaiveVerdictAnswer> = {},
): NaiveVerdictAnswer {
  return {
    ...base,
    accepted: false,
    mistakes: [],
    refusal,
    key_source: { kind: 'none' },
    header: null,
    payload: null,
    ...rest,
  };
}

/** The bytes an HMAC is keyed with: a public key's PEM text, when that is what it was handed. */
function hmacKeyBytes(key: KeyMaterial): Uint8Array {
  return key.kind === 'secret'
    ? key.bytes
    : Buffer.from(key.key.export({ type: 'spki', format: 'pem' }));
}

/** Checks `signature` over `signingInput` with `key`, for the algorithm the HEADER chose. */
function checkSignature(alg: string, key: KeyMaterial, signingInput: string, signature: string) {
  const received = Buffer.from(signature, 'base64url');
  if (alg === 'HS256') {
    const expected = createHmac('sha256', hmacKeyBytes(key)).update(signingInput).digest();
    return expected.length === received.length && timingSafeEqual(expected, received);
  }
  if (alg === 'ES256' && key.kind === 'public') {
    try {
      const data = Buffer.from(signingInput);
      return verify('sha256', data, { key: key.key, dsaEncoding: 'ieee-p1363' }, received);
    } catch {
      return false;
    }
  }
  return false;
}

export async function verifyNaively(
  token: string,
  deps: NaiveVerifierDeps,
): Promise<NaiveVerdictAnswer> {
  const parts = splitCompact(token);
  if (parts === null) return refuse('malformed');
  const { header, payload } = parts;
  const alg = typeof header.alg === 'string' ? header.alg : '';
  // Mistake 1: the token says which algorithm checks it, and "none" (any case) checks nothing.
  if (alg.toLowerCase() === 'none') {
    const mistakes: NaiveMistake[] = ['trusted-alg-none'];
    return {
      ...base,
      accepted: true,
      mistakes,
      refusal: null,
      key_source: { kind: 'none' },
      header,
      payload,
    };
  }
  if (alg !== 'HS256' && alg !== 'ES256') return refuse('unsupported_alg', { header, payload });
  const choice = await findNaiveKey(header, deps);
  if (choice.key === null) {
    return refuse(choice.refusal, { header, payload, key_source: choice.source });
  }
  const signingInput = `${parts.encodedHeader}.${parts.encodedPayload}`;
  const accepted = checkSignature(alg, choice.key, signingInput, parts.signature);
  const mistakes = [...choice.mistakes];
  if (alg === 'HS256' && choice.key.kind === 'public') mistakes.push('alg-confusion');
  return {
    ...base,
    accepted,
    mistakes: accepted ? mistakes : [],
    refusal: accepted ? null : 'bad_signature',
    key_source: choice.source,
    header,
    payload,
  };
}

/** The other classic bug: reading the claims with a decoder and calling that verification. */
export function decodeNaively(token: string): NaiveVerdictAnswer {
  const parts = splitCompact(token);
  if (parts === null) return refuse('malformed');
  return {
    ...base,
    accepted: true,
    mistakes: ['decoded-without-verifying'],
    refusal: null,
    key_source: { kind: 'none' },
    header: parts.header,
    payload: parts.payload,
  };
}

/** A token as the vulnerable service issues it: HS256 with its weak secret, the cracker's target. */
export function signWeakToken(header: Record<string, unknown>, payload: Record<string, unknown>) {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${encode(header)}.${encode(payload)}`;
  return `${signingInput}.${createHmac('sha256', WEAK_SECRET).update(signingInput).digest('base64url')}`;
}
