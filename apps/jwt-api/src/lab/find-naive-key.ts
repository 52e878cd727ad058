/**
 * ⚠ DELIBERATELY VULNERABLE — LAB ONLY. How the lab's vulnerable verifier picks its key: from
 * whatever the token's header offers, in the order a careless implementation checks them — an
 * embedded `jwk`, a `jku` URL, a `kid` used as a file name — and only then its own key.
 *
 * Teaches: each branch hands the choice of key to the token's author. The real API has exactly one
 * branch: `kid` looked up in a fixed table, and that key's one algorithm (keys/key-set.ts).
 *
 * Flow step ids: none (lab-only; the real API's key lookup is jwt.auth.verify-token).
 * Reference: RFC 8725 §3.10 ("Do Not Trust Received Claims"), §2.9; RFC 7515 §4.1.2 (jku),
 * §4.1.3 (jwk), §4.1.4 (kid).
 */
import { createPublicKey } from 'node:crypto';
import type {
  NaiveKeySource,
  NaiveMistake,
  NaiveRefusal,
} from '@authlab/flows/forgery/naive-verdict';
import type { JwksFetcher } from './fetch-lab-jwks.ts';
import type { KeyFiles, KeyMaterial } from './vulnerable-key-files.ts';
import { WEAK_KEY_ID } from './vulnerable-key-files.ts';

export interface NaiveKeyDeps {
  readonly serverKey: KeyMaterial;
  readonly keyFiles: KeyFiles;
  readonly fetchJwks: JwksFetcher;
}

export type NaiveKeyChoice =
  | {
      readonly key: KeyMaterial;
      readonly source: NaiveKeySource;
      readonly mistakes: readonly NaiveMistake[];
    }
  | { readonly key: null; readonly source: NaiveKeySource; readonly refusal: NaiveRefusal };

/** A JWK as key material: `oct` becomes HMAC bytes, anything else a public key (or `null`). */
function importJwk(jwk: unknown): KeyMaterial | null {
  if (typeof jwk !== 'object' || jwk === null) return null;
  const { kty, k } = jwk as Record<string, unknown>;
  if (kty === 'oct') {
    return typeof k === 'string' ? { kind: 'secret', bytes: Buffer.from(k, 'base64url') } : null;
  }
  try {
    return { kind: 'public', key: createPublicKey({ key: jwk as never, format: 'jwk' }) };
  } catch {
    return null;
  }
}

/** The JWK of a JWK Set with the header's kid, or its first key. */
function pickFromJwks(jwks: unknown, kid: unknown): unknown {
  const keys = typeof jwks === 'object' && jwks !== null ? (jwks as { keys?: unknown }).keys : null;
  if (!Array.isArray(keys)) return null;
  return keys.find((jwk) => (jwk as { kid?: unknown } | null)?.kid === kid) ?? keys[0] ?? null;
}

export async function findNaiveKey(
  header: Record<string, unknown>,
  deps: NaiveKeyDeps,
): Promise<NaiveKeyChoice> {
  if (header.jwk !== undefined) {
    const source = { kind: 'embedded-jwk' } as const;
    const key = importJwk(header.jwk);
    if (key === null) return { key, source, refusal: 'bad_key' };
    return { key, source, mistakes: ['trusted-embedded-jwk'] };
  }
  if (typeof header.jku === 'string') {
    const source = { kind: 'jku', url: header.jku } as const;
    const fetched = await deps.fetchJwks(header.jku);
    if (!fetched.ok) return { key: null, source, refusal: fetched.refusal };
    const key = importJwk(pickFromJwks(fetched.jwks, header.kid));
    if (key === null) return { key, source, refusal: 'bad_key' };
    return { key, source, mistakes: ['trusted-jku'] };
  }
  if (typeof header.kid === 'string') {
    const file = deps.keyFiles.readByKid(header.kid);
    const source: NaiveKeySource = {
      kind: 'key-file',
      path: file.path,
      escaped_directory: file.escapedDirectory,
    };
    if (file.key === null) return { key: null, source, refusal: 'no_key' };
    const mistakes: NaiveMistake[] = [];
    if (file.escapedDirectory) mistakes.push('kid-path-traversal');
    if (header.kid === WEAK_KEY_ID) mistakes.push('weak-secret');
    return { key: file.key, source, mistakes };
  }
  return { key: deps.serverKey, source: { kind: 'server-key' }, mistakes: [] };
}
