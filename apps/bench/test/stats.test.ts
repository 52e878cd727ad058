import { describe, expect, it } from 'vitest';
import { median, percentile, summarizePairs } from '../src/stats.ts';

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

describe('summarizePairs', () => {
  const pairs = [
    { floorCpuPerRequest: 30, cpuPerRequest: 80 },
    { floorCpuPerRequest: 60, cpuPerRequest: 115 },
    { floorCpuPerRequest: 32, cpuPerRequest: 300 },
  ];

  it('reports the median overhead of the pairs, not the difference of two medians', () => {
    expect(summarizePairs(pairs).overheadMicroseconds).toEqual({ median: 55, min: 50, max: 268 });
  });

  it('reports the median ratio of each run to the floor measured right before it', () => {
    const { ratioToFloor } = summarizePairs(pairs);
    expect(ratioToFloor.median).toBeCloseTo(80 / 30);
    expect(ratioToFloor.min).toBeCloseTo(115 / 60);
  });

  it('keeps the pair whose floor used the least CPU: the least-disturbed round', () => {
    expect(summarizePairs(pairs).leastDisturbed).toEqual({
      floorCpuPerRequest: 30,
      cpuPerRequest: 80,
    });
  });

  it('refuses a floor that used no CPU', () => {
    expect(() => summarizePairs([{ floorCpuPerRequest: 0, cpuPerRequest: 10 }])).toThrow(/floor/);
  });
});
