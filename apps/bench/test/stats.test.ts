import { describe, expect, it } from 'vitest';
import {
  median,
  overheadMicroseconds,
  percentile,
  ratioToBare,
  summarizeRounds,
} from '../src/stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, 1000, 11])).toBe(11);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/empty/);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(percentile(samples, 1)).toBe(100);
  });

  it('answers 0 for no samples', () => {
    expect(percentile([], 0.5)).toBe(0);
  });
});

describe('ratio and overhead', () => {
  it('compares with the bare route', () => {
    expect(ratioToBare(30_000, 60_000)).toBe(0.5);
  });

  it('turns rates into microseconds per request', () => {
    // 1e6/20k − 1e6/50k = 50 µs − 20 µs
    expect(overheadMicroseconds(20_000, 50_000)).toBeCloseTo(30, 10);
    expect(overheadMicroseconds(50_000, 50_000)).toBe(0);
  });

  it('refuses rates that are not positive', () => {
    expect(() => ratioToBare(1, 0)).toThrow();
    expect(() => overheadMicroseconds(0, 1)).toThrow();
  });
});

describe('summarizeRounds', () => {
  it('takes the median of each figure independently', () => {
    const summary = summarizeRounds([
      { requestsPerSecond: 100, latencyP50Ms: 3, latencyP99Ms: 9 },
      { requestsPerSecond: 300, latencyP50Ms: 1, latencyP99Ms: 7 },
      { requestsPerSecond: 200, latencyP50Ms: 2, latencyP99Ms: 50 },
    ]);
    expect(summary).toEqual({ requestsPerSecond: 200, latencyP50Ms: 2, latencyP99Ms: 9 });
  });
});
