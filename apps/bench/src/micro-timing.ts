/**
 * How the micro-benchmark times one operation in-process, and the arithmetic behind it.
 *
 * 1. Warm-up: call the operation for `warmupMilliseconds`, so V8 has optimised it and caches are
 *    hot; how many calls fitted tells how long one call takes.
 * 2. Batches: `batches` timed runs of the same number of calls, sized from the warm-up so that each
 *    lasts about `batchMilliseconds`. One clock read per batch, not per call: reading
 *    `process.hrtime.bigint()` costs tens of nanoseconds, as much as the cheapest operation here.
 * 3. The figure is the median batch's time per call: a batch disturbed by a garbage collection or
 *    another process on a shared machine moves a mean, not a median of five.
 *
 * The arithmetic (`planIterations`, `summarizeBatches`) is pure and tested; the loops are not.
 */
import { median } from './stats.ts';

export interface MicroSettings {
  /** Timed batches per operation; the docs report the median. */
  readonly batches: number;
  /** Target duration of one batch. */
  readonly batchMilliseconds: number;
  readonly warmupMilliseconds: number;
}

/** A synchronous operation is called in a plain loop; an asynchronous one is awaited each time. */
export type Operation =
  | { readonly kind: 'sync'; readonly run: () => unknown }
  | { readonly kind: 'async'; readonly run: () => Promise<unknown> };

export interface BatchTimings {
  readonly iterationsPerBatch: number;
  readonly batchNanoseconds: readonly number[];
}

export interface BatchSummary {
  /** Microseconds per call in each batch, in the order they ran. */
  readonly perCallMicroseconds: readonly number[];
  readonly medianMicroseconds: number;
  readonly minMicroseconds: number;
  readonly maxMicroseconds: number;
}

const NANOSECONDS_PER_MILLISECOND = 1e6;

/** Calls per batch so that a batch lasts about `batchMilliseconds`, judged from the warm-up. */
export function planIterations(
  warmup: { readonly iterations: number; readonly nanoseconds: number },
  batchMilliseconds: number,
): number {
  if (warmup.iterations <= 0) throw new Error('the warm-up must run at least once');
  const nanosecondsPerCall = Math.max(warmup.nanoseconds, 1) / warmup.iterations;
  return Math.max(
    1,
    Math.ceil((batchMilliseconds * NANOSECONDS_PER_MILLISECOND) / nanosecondsPerCall),
  );
}

export function summarizeBatches(timings: BatchTimings): BatchSummary {
  if (timings.iterationsPerBatch <= 0) throw new Error('a batch must run at least once');
  const perCallMicroseconds = timings.batchNanoseconds.map(
    (nanoseconds) => nanoseconds / timings.iterationsPerBatch / 1e3,
  );
  return {
    perCallMicroseconds,
    medianMicroseconds: median(perCallMicroseconds),
    minMicroseconds: Math.min(...perCallMicroseconds),
    maxMicroseconds: Math.max(...perCallMicroseconds),
  };
}

// No result sink is needed: every operation measured here ends in native crypto or socket I/O,
// which V8 cannot prove free of side effects, so no call is optimised away.
async function runCalls(operation: Operation, iterations: number): Promise<number> {
  const started = process.hrtime.bigint();
  if (operation.kind === 'sync') {
    for (let index = 0; index < iterations; index += 1) operation.run();
  } else {
    for (let index = 0; index < iterations; index += 1) await operation.run();
  }
  return Number(process.hrtime.bigint() - started);
}

async function warmUp(operation: Operation, warmupMilliseconds: number) {
  const deadline = warmupMilliseconds * NANOSECONDS_PER_MILLISECOND;
  let iterations = 0;
  let nanoseconds = 0;
  let chunk = 1;
  // Doubling chunks: few clock reads for fast operations, no overshoot for slow ones.
  while (nanoseconds < deadline || iterations === 0) {
    nanoseconds += await runCalls(operation, chunk);
    iterations += chunk;
    chunk *= 2;
  }
  return { iterations, nanoseconds };
}

export async function timeOperation(
  operation: Operation,
  settings: MicroSettings,
): Promise<BatchTimings> {
  const warmup = await warmUp(operation, settings.warmupMilliseconds);
  const iterationsPerBatch = planIterations(warmup, settings.batchMilliseconds);
  const batchNanoseconds: number[] = [];
  for (let batch = 0; batch < settings.batches; batch += 1) {
    batchNanoseconds.push(await runCalls(operation, iterationsPerBatch));
  }
  return { iterationsPerBatch, batchNanoseconds };
}
