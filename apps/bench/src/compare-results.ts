/**
 * `pnpm --filter @authlab/bench compare A.json B.json`: do two full runs agree? Issue 16 asks two
 * runs on an idle machine to agree within 15 % on every authlab row's CPU µs per request. Prints,
 * for every authlab row, both runs' CPU per request and paired overhead over the floor, their
 * difference relative to the smaller, and whether the CPU figures agree; exits 1 when one does not.
 */
import { readFileSync } from 'node:fs';
import { formatMicroseconds, row } from './markdown-cells.ts';
import type { BenchResult, ConfigurationResult } from './results.ts';

export const AGREEMENT_LIMIT = 0.15;

export interface RowComparison {
  readonly id: string;
  readonly cpu: readonly [number, number] | null;
  readonly overhead: readonly [number, number] | null;
  /** |a − b| ÷ min(a, b) of the CPU per request; null when a run did not measure the row. */
  readonly difference: number | null;
}

function relativeDifference([a, b]: readonly [number, number]): number {
  return Math.abs(a - b) / Math.min(Math.abs(a), Math.abs(b));
}

export function compareRuns(first: BenchResult, second: BenchResult): RowComparison[] {
  const find = (result: BenchResult, id: string): ConfigurationResult | undefined =>
    result.configurations.find((entry) => entry.id === id);
  return first.configurations
    .filter((entry) => entry.authlab)
    .map(({ id }) => {
      const [a, b] = [find(first, id), find(second, id)];
      const cpuA = a?.median?.cpuPerRequestMicroseconds;
      const cpuB = b?.median?.cpuPerRequestMicroseconds;
      const overA = a?.paired?.overheadMicroseconds.median;
      const overB = b?.paired?.overheadMicroseconds.median;
      const cpu = cpuA === undefined || cpuB === undefined ? null : ([cpuA, cpuB] as const);
      const overhead =
        overA === undefined || overB === undefined ? null : ([overA, overB] as const);
      return { id, cpu, overhead, difference: cpu === null ? null : relativeDifference(cpu) };
    });
}

function describe(comparison: RowComparison): string {
  const pair = (values: readonly [number, number] | null) =>
    values === null ? 'not measured' : values.map(formatMicroseconds).join(' / ');
  const { difference } = comparison;
  const verdict = difference === null ? '⚠️' : difference <= AGREEMENT_LIMIT ? '✅' : '❌';
  const percent = difference === null ? '—' : `${Math.round(difference * 100)} %`;
  return row([comparison.id, pair(comparison.cpu), percent, verdict, pair(comparison.overhead)]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [firstPath, secondPath] = process.argv.slice(2);
  if (firstPath === undefined || secondPath === undefined) {
    throw new Error('usage: compare-results.ts FIRST.json SECOND.json');
  }
  const [first, second] = [firstPath, secondPath].map(
    (path) => JSON.parse(readFileSync(path, 'utf8')) as BenchResult,
  ) as [BenchResult, BenchResult];
  for (const result of [first, second]) {
    const { loadAverageAtStart, loadAverageAtEnd } = result.machine;
    console.log(
      `${result.startedAt}: load average ${loadAverageAtStart.join(' / ')} → ${loadAverageAtEnd.join(' / ')}`,
    );
  }
  const comparisons = compareRuns(first, second);
  console.log(
    [
      row([
        'authlab row',
        'CPU µs / request (1 / 2)',
        'difference',
        'within 15 %',
        'µs over floor (1 / 2)',
      ]),
      row(['---', '---:', '---:', '---', '---:']),
      ...comparisons.map(describe),
    ].join('\n'),
  );
  if (
    comparisons.some((entry) => entry.difference === null || entry.difference > AGREEMENT_LIMIT)
  ) {
    process.exitCode = 1;
  }
}
