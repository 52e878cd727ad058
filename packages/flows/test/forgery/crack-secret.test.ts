import { describe, expect, it } from 'vitest';
import {
  crackHs256Secret,
  estimateBruteForce,
  expandWordlist,
  WEAK_SECRET_WORDLIST,
} from '../../src/forgery/crack-secret.ts';
import { splitCompact } from '../../src/forgery/jose-segments.ts';
import { signCompact } from '../../src/forgery/sign-compact.ts';

async function tokenSignedWith(secret: string) {
  const token = await signCompact(
    { alg: 'HS256' },
    { sub: '42' },
    {
      kind: 'hmac',
      secret: new TextEncoder().encode(secret),
    },
  );
  const parts = splitCompact(token);
  if (parts === null) throw new Error('unreadable');
  return parts;
}

/** A timer that advances 2 ms per reading: durations without real time. */
function steppingTimer() {
  let now = 0;
  return () => {
    now += 2;
    return now;
  };
}

describe('crackHs256Secret', () => {
  it('finds a secret from the wordlist and says how many words it tried', async () => {
    const result = await crackHs256Secret(
      await tokenSignedWith('secret'),
      WEAK_SECRET_WORDLIST,
      steppingTimer(),
    );

    expect(result.secret).toBe('secret');
    expect(result.tried).toBe(WEAK_SECRET_WORDLIST.indexOf('secret') + 1);
    expect(result.elapsedMs).toBe(2);
  });

  it('runs out on a random 256-bit key', async () => {
    const random = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('hex');
    const words = expandWordlist(WEAK_SECRET_WORDLIST, 2);

    const result = await crackHs256Secret(await tokenSignedWith(random), words, steppingTimer());

    expect(result).toEqual({ secret: null, tried: words.length, elapsedMs: 2 });
  });
});

describe('expandWordlist', () => {
  it('adds numbered variants after the words', () => {
    expect(expandWordlist(['a', 'b'], 2)).toEqual(['a', 'b', 'a0', 'b0', 'a1', 'b1']);
  });
});

describe('estimateBruteForce', () => {
  it('turns a measured rate into log10 years for half the key space', () => {
    // 1000 guesses in 1 s: 10^3 per second.
    const estimate = estimateBruteForce({ secret: null, tried: 1000, elapsedMs: 1000 }, 256);

    expect(estimate.guessesPerSecond).toBe(1000);
    expect(estimate.expectedGuessesLog10).toBeCloseTo(255 * Math.log10(2), 10);
    expect(estimate.expectedYearsLog10).toBeCloseTo(
      255 * Math.log10(2) - 3 - Math.log10(31_557_600),
      10,
    );
  });

  it('counts a run shorter than the timer resolution as 1 ms', () => {
    expect(estimateBruteForce({ secret: null, tried: 5, elapsedMs: 0 }, 256).guessesPerSecond).toBe(
      5000,
    );
  });
});
