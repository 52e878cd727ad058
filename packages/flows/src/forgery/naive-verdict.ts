/**
 * What the lab's deliberately vulnerable verifier answers (apps/jwt-api/src/lab/): whether it
 * accepted the token, and which of its mistakes it relied on. Shared by the jwt-api, its tests and
 * the web panel, like the API bodies in api-types.ts.
 *
 * Teaches: an "accepted" forgery is always accepted BECAUSE of a named mistake; the real API makes
 * none of them.
 *
 * Flow step ids: none (the lab's vulnerable verifier is not part of any real flow).
 * Reference: RFC 8725 §2 (threats), §3 (best practices).
 */
import type { JsonObject } from './jose-segments.ts';

/** Its label in the lab-mode header (LAB_MODE_HEADER) of every answer. */
export const VULNERABLE_VERIFIER_LABEL = 'vulnerable-verifier';

export const NAIVE_MISTAKES = [
  'trusted-alg-none',
  'alg-confusion',
  'kid-path-traversal',
  'trusted-embedded-jwk',
  'trusted-jku',
  'weak-secret',
  'decoded-without-verifying',
] as const;
export type NaiveMistake = (typeof NAIVE_MISTAKES)[number];

/** Why even the vulnerable verifier said no. */
export type NaiveRefusal =
  | 'malformed'
  | 'unsupported_alg'
  | 'no_key'
  | 'bad_key'
  | 'jku_outside_lab'
  | 'jku_unreachable'
  | 'bad_signature';

/** Where the key came from: the verifier's own, a key file (by kid), the token, or a URL. */
export type NaiveKeySource =
  | { readonly kind: 'none' }
  | { readonly kind: 'server-key' }
  | { readonly kind: 'key-file'; readonly path: string; readonly escaped_directory: boolean }
  | { readonly kind: 'embedded-jwk' }
  | { readonly kind: 'jku'; readonly url: string };

export interface NaiveVerdictAnswer {
  readonly verifier: typeof VULNERABLE_VERIFIER_LABEL;
  readonly accepted: boolean;
  readonly mistakes: readonly NaiveMistake[];
  readonly refusal: NaiveRefusal | null;
  readonly key_source: NaiveKeySource;
  readonly header: JsonObject | null;
  readonly payload: JsonObject | null;
}

/** GET /lab/vulnerable-verifier: what the learner needs to attack it. */
export interface NaiveVerifierInfoAnswer {
  readonly verifier: typeof VULNERABLE_VERIFIER_LABEL;
  /** A token the vulnerable service issued, signed with its weak secret: the cracker's target. */
  readonly weak_token: string;
  /** The directory the verifier reads `kid` files from (simulated: nothing is read from disk). */
  readonly key_directory: string;
  readonly key_files: readonly string[];
  /** The only origin a `jku` may point at: the lab's attacker site. */
  readonly jku_allowed_origin: string;
}
