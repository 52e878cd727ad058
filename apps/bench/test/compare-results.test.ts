import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../src/compare-results.ts';
import { LATEST_RESULTS_PATH } from '../src/paths.ts';
import type { BenchResult } from '../src/results.ts';

const committed = JSON.parse(readFileSync(LATEST_RESULTS_PATH, 'utf8')) as BenchResult;

/** The committed run with every CPU per request multiplied by `factor`. */
function scaled(factor: number): BenchResult {
  return {
    ...committed,
    configurations: committed.configurations.map((entry) =>
      entry.median === null
        ? entry
        : {
            ...entry,
            median: {
              ...entry.median,
              cpuPerRequestMicroseconds: entry.median.cpuPerRequestMicroseconds * factor,
            },
          },
    ),
  };
}

describe('compareRuns', () => {
  it('compares only the authlab rows', () => {
    const ids = compareRuns(committed, committed).map((entry) => entry.id);
    expect(ids).toContain('session-memory');
    expect(ids).not.toContain('fastify-jwt');
  });

  it('cancels a machine that got slower: the ratio to the floor still agrees', () => {
    const [first] = compareRuns(committed, scaled(1.5)).filter((entry) => entry.ratio !== null);
    expect(first?.difference).toBeCloseTo(0.5);
    expect(first?.ratioDifference).toBe(0);
  });

  it('measures the difference relative to the smaller run', () => {
    const [first] = compareRuns(committed, scaled(1.2)).filter((entry) => entry.cpu !== null);
    expect(first?.difference).toBeCloseTo(0.2);
  });
});
