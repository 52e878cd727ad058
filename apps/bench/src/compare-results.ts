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
  /** CPU per request in each run's least-disturbed pair (stats.ts). */
  readonly leastDisturbed: readonly [number, number] | null;
  /** |a − b| ÷ min(a, b) of the CPU per request; null when a run did not measure the row. */
  readonly difference: number | null;
}

function relativeDifference([a, b]: readonly [number, number]): number {
  return Math.abs(a - b) / Math.min(Math.abs(a), Math.abs(b));
}

type Read = (entry: ConfigurationResult) => number | undefined;

/** The same figure from both runs, or null when either run did not measure it. */
function both(
  a: ConfigurationResult | undefined,
  b: ConfigurationResult | undefined,
  read: Read,
): readonly [number, number] | null {
  const [x, y] = [a === undefined ? undefined : read(a), b === undefined ? undefined : read(b)];
  return x === undefined || y === undefined ? null : [x, y];
}

export function compareRuns(first: BenchResult, second: BenchResult): RowComparison[] {
  const find = (result: BenchResult, id: string) =>
    result.configurations.find((entry) => entry.id === id);
  return first.configurations
    .filter((entry) => entry.authlab)
    .map(({ id }) => {
      const [a, b] = [find(first, id), find(second, id)];
      const cpu = both(a, b, (entry) => entry.median?.cpuPerRequestMicroseconds);
      return {
        id,
        cpu,
        overhead: both(a, b, (entry) => entry.paired?.overheadMicroseconds.median),
        leastDisturbed: both(a, b, (entry) => entry.paired?.leastDisturbed.cpuPerRequest),
        difference: cpu === null ? null : relativeDifference(cpu),
      };
    });
}

function describe(comparison: RowComparison): string {
  const pair = (values: readonly [number, number] | null) =>
    values === null ? 'not measured' : values.map(formatMicroseconds).join(' / ');
  const { difference } = comparison;
  const verdict = difference === null ? '⚠️' : difference <= AGREEMENT_LIMIT ? '✅' : '❌';
  const percent = difference === null ? '—' : `${Math.round(difference * 100)} %`;
  return row([
    comparison.id,
    pair(comparison.cpu),
    percent,
    verdict,
    pair(comparison.overhead),
    pair(comparison.leastDisturbed),
  ]);
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
        'least-disturbed pair (1 / 2)',
      ]),
      row(['---', '---:', '---:', '---', '---:', '---:']),
      ...comparisons.map(describe),
    ].join('\n'),
  );
  if (
    comparisons.some((entry) => entry.difference === null || entry.difference > AGREEMENT_LIMIT)
  ) {
    process.exitCode = 1;
  }
}
