/**
 * The offline attack on HS256, timed in this page: the wordlist finds the vulnerable service's
 * secret at once; the same work against the real API's token finds nothing, and the rate measured
 * here turns into the expected time for a 256-bit random key (estimateBruteForce): every number
 * shown is computed from this run.
 */
import {
  type CrackResult,
  crackHs256Secret,
  estimateBruteForce,
  expandWordlist,
  WEAK_SECRET_WORDLIST,
} from '@authlab/flows/forgery/crack-secret';
import { useState } from 'react';
import type { ForgeryMessageKey } from './forgery-messages.ts';
import type { PreparedForgeries } from './prepare-forgeries.ts';

/** Numbered variants per word: enough guesses to measure a rate, a blink of real time. */
const SUFFIXES = 200;

interface Props {
  readonly prepared: PreparedForgeries | null;
  readonly text: (
    key: ForgeryMessageKey,
    values?: Readonly<Record<string, string | number>>,
  ) => string;
}

const round = (value: number) => Math.round(value);

export function WeakSecretCracker({ prepared, text }: Props) {
  const [runs, setRuns] = useState<{ weak: CrackResult; real: CrackResult } | null>(null);
  const run = async () => {
    if (prepared === null) return;
    const now = () => performance.now();
    const weak = await crackHs256Secret(prepared.weak, WEAK_SECRET_WORDLIST, now);
    const real = await crackHs256Secret(
      prepared.original,
      expandWordlist(WEAK_SECRET_WORDLIST, SUFFIXES),
      now,
    );
    setRuns({ weak, real });
  };
  const estimate = runs === null ? null : estimateBruteForce(runs.real, 256);
  return (
    <section data-cracker>
      <h5>{text('crack.title')}</h5>
      <button
        type="button"
        className="button"
        disabled={prepared === null}
        onClick={() => void run()}
        data-action="forgery-crack"
      >
        {text('crack.run')}
      </button>
      {runs === null || estimate === null ? null : (
        <>
          <p data-crack="weak" data-secret={runs.weak.secret ?? ''}>
            {text('crack.weak', {
              secret: runs.weak.secret ?? '—',
              tried: runs.weak.tried,
              ms: runs.weak.elapsedMs.toFixed(1),
            })}
          </p>
          <p data-crack="real" data-found={runs.real.secret !== null}>
            {text('crack.real', {
              tried: runs.real.tried,
              ms: round(runs.real.elapsedMs),
              rate: round(estimate.guessesPerSecond),
            })}
          </p>
          <p data-crack="math">
            {text('crack.math', {
              guesses: round(estimate.expectedGuessesLog10),
              years: round(estimate.expectedYearsLog10),
              ages: round(estimate.universeAgesLog10),
            })}
          </p>
        </>
      )}
    </section>
  );
}
