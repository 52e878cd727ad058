import { describe, expect, it } from 'vitest';
import { planIterations, summarizeBatches, timeOperation } from '../src/micro-timing.ts';

describe('planIterations', () => {
  it('sizes a batch from the time one warm-up call took', () => {
    // 1,000 calls in 2 ms → 2 µs per call → 150 ms holds 75,000 calls.
    expect(planIterations({ iterations: 1_000, nanoseconds: 2e6 }, 150)).toBe(75_000);
  });

  it('rounds up, and runs a call slower than a whole batch once', () => {
    expect(planIterations({ iterations: 3, nanoseconds: 1e6 }, 1)).toBe(3);
    expect(planIterations({ iterations: 1, nanoseconds: 5e8 }, 150)).toBe(1);
  });

  it('refuses a warm-up that never ran', () => {
    expect(() => planIterations({ iterations: 0, nanoseconds: 0 }, 150)).toThrow(/at least once/);
  });
});

describe('summarizeBatches', () => {
  it('turns batch times into microseconds per call and takes the median batch', () => {
    const summary = summarizeBatches({
      iterationsPerBatch: 1_000,
      batchNanoseconds: [6e6, 5e6, 40e6, 7e6, 5.5e6],
    });
    expect(summary.perCallMicroseconds).toEqual([6, 5, 40, 7, 5.5]);
    expect(summary.medianMicroseconds).toBe(6);
    expect(summary.minMicroseconds).toBe(5);
    expect(summary.maxMicroseconds).toBe(40);
  });

  it('refuses batches without calls', () => {
    expect(() => summarizeBatches({ iterationsPerBatch: 0, batchNanoseconds: [1] })).toThrow();
  });
});

describe('timeOperation', () => {
  const settings = { batches: 3, batchMilliseconds: 1, warmupMilliseconds: 1 };

  it('runs the same planned number of calls in every batch, after the warm-up', async () => {
    let calls = 0;
    const timings = await timeOperation({ kind: 'sync', run: () => (calls += 1) }, settings);
    expect(timings.batchNanoseconds).toHaveLength(3);
    expect(timings.iterationsPerBatch).toBeGreaterThan(0);
    expect(calls).toBeGreaterThan(3 * timings.iterationsPerBatch);
  });

  it('awaits each call of an asynchronous operation', async () => {
    let settled = 0;
    const run = () => new Promise<void>((resolve) => setImmediate(resolve)).then(() => settled++);
    const timings = await timeOperation({ kind: 'async', run }, settings);
    expect(settled).toBeGreaterThan(3 * timings.iterationsPerBatch);
  });
});
