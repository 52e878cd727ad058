/**
 * The arithmetic of the benchmark, kept pure so that it can be tested.
 *
 * The primary figure is server CPU time per request (wrk-load.ts). A configuration is compared
 * with its framework's floor through PAIRS: in every round the floor is measured right before the
 * configuration, and each pair gives
 * - overhead = CPU µs/request of the configuration − CPU µs/request of the floor;
 * - ratio = CPU µs/request of the configuration ÷ CPU µs/request of the floor.
 * The figure reported is the median over the rounds' pairs, with the lowest and highest pair as
 * the spread. A pair shares whatever state the machine was in during those few seconds (a
 * throttled core, another process), so pairing cancels most of a drift that a ratio of two
 * medians taken minutes apart would inherit, and the median ignores one disturbed round.
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median() of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Nearest-rank percentile (`fraction` in 0..1) of unsorted samples; 0 for no samples. */
export function percentile(samples: ArrayLike<number>, fraction: number): number {
  if (samples.length === 0) return 0;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.ceil(fraction * sorted.length);
  const index = Math.min(sorted.length - 1, Math.max(0, rank - 1));
  return sorted[index] as number;
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

export interface CpuPair {
  readonly floorCpuPerRequest: number;
  readonly cpuPerRequest: number;
}

export interface PairedFigures {
  /** CPU µs per request over the floor measured right before. */
  readonly overheadMicroseconds: Spread;
  readonly ratioToFloor: Spread;
  /**
   * The pair whose floor used the least CPU per request: the round least disturbed by the rest
   * of the machine (contention and throttling only ever add CPU time to the same work).
   */
  readonly leastDisturbed: CpuPair;
}

export function summarizePairs(pairs: readonly CpuPair[]): PairedFigures {
  if (pairs.some((pair) => pair.floorCpuPerRequest <= 0)) {
    throw new Error('a floor must have used some CPU');
  }
  const leastDisturbed = pairs.reduce((best, pair) =>
    pair.floorCpuPerRequest < best.floorCpuPerRequest ? pair : best,
  );
  return {
    leastDisturbed,
    overheadMicroseconds: spreadOf(
      pairs.map((pair) => pair.cpuPerRequest - pair.floorCpuPerRequest),
    ),
    ratioToFloor: spreadOf(pairs.map((pair) => pair.cpuPerRequest / pair.floorCpuPerRequest)),
  };
}

export interface RoundFigures {
  readonly cpuPerRequestMicroseconds: number;
  readonly requestsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
}

/** The median of each figure across rounds, taken independently. */
export function summarizeRounds(rounds: readonly RoundFigures[]): RoundFigures {
  return {
    cpuPerRequestMicroseconds: median(rounds.map((round) => round.cpuPerRequestMicroseconds)),
    requestsPerSecond: median(rounds.map((round) => round.requestsPerSecond)),
    latencyP50Ms: median(rounds.map((round) => round.latencyP50Ms)),
    latencyP99Ms: median(rounds.map((round) => round.latencyP99Ms)),
  };
}
