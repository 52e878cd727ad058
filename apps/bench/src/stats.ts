/**
 * The arithmetic of the benchmark, kept pure so that it can be tested: medians across rounds,
 * percentiles of the measured latencies, and the two ways the docs compare a configuration with
 * the bare route.
 *
 * - ratio = rps(config) / rps(bare): "what fraction of the floor's throughput is left".
 * - overhead = 1e6/rps(config) − 1e6/rps(bare): the microseconds of server time each request pays
 *   for authentication (with the client on the same machine, this is wall time per request on a
 *   saturated server, so it is a cost, not a latency).
 *
 * Medians rather than means: one round disturbed by another process on a shared machine moves
 * a mean a lot and a median of three not at all.
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

export function ratioToBare(requestsPerSecond: number, bareRequestsPerSecond: number): number {
  if (bareRequestsPerSecond <= 0) throw new Error('the bare route must have a positive rate');
  return requestsPerSecond / bareRequestsPerSecond;
}

/** Microseconds of server time each request spends beyond the bare route. */
export function overheadMicroseconds(
  requestsPerSecond: number,
  bareRequestsPerSecond: number,
): number {
  if (requestsPerSecond <= 0 || bareRequestsPerSecond <= 0) {
    throw new Error('overhead needs positive rates');
  }
  return 1e6 / requestsPerSecond - 1e6 / bareRequestsPerSecond;
}

export interface RoundFigures {
  readonly requestsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
}

/** The median of each figure across rounds, taken independently. */
export function summarizeRounds(rounds: readonly RoundFigures[]): RoundFigures {
  return {
    requestsPerSecond: median(rounds.map((round) => round.requestsPerSecond)),
    latencyP50Ms: median(rounds.map((round) => round.latencyP50Ms)),
    latencyP99Ms: median(rounds.map((round) => round.latencyP99Ms)),
  };
}
