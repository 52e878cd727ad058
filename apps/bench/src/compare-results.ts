/**
 * `pnpm --filter @authlab/bench compare A.json B.json`: do two full runs agree? Issue 16 asks two
 * runs on an idle machine to agree within 15 % on every authlab row's CPU µs per request. Prints,
 * for every authlab row, both runs' CPU per request and paired overhead over the floor, their
 * difference relative to the smaller, and whether the CPU figures agree.
 *
 * On this VM the same work costs up to 2–3× more CPU time from one hour to the next (the host
 * throttles the vCPUs: an "idle" run at load average 0.1 measured the Koa floor at 69 µs, another
 * at 26 µs), so raw µs can only agree between runs that found the machine at the same speed. The
 * comparison therefore also shows each row in units of its floor measured right before it (the
 * paired ratio), which cancels the machine's speed, and the floor's own drift between the runs.
 * It exits 1 when a floor-normalised figure disagrees: that is a change in the code or the method,
 * not in the machine.
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
  /** The median paired ratio to the floor (× its floor) in each run. */
  readonly ratio: readonly [number, number] | null;
  readonly ratioDifference: number | null;
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
      const ratio = both(a, b, (entry) => entry.paired?.ratioToFloor.median);
      return {
        id,
        cpu,
        overhead: both(a, b, (entry) => entry.paired?.overheadMicroseconds.median),
        leastDisturbed: both(a, b, (entry) => entry.paired?.leastDisturbed.cpuPerRequest),
        difference: cpu === null ? null : relativeDifference(cpu),
        ratio,
        ratioDifference: ratio === null ? null : relativeDifference(ratio),
      };
    });
}

/** The Koa floor's median CPU per request in each run: how fast the machine was. */
export function floorDrift(
  first: BenchResult,
  second: BenchResult,
): readonly [number, number] | null {
  const floor = (result: BenchResult) =>
    result.configurations.find((entry) => entry.framework === 'koa' && entry.role === 'floor');
  return both(floor(first), floor(second), (entry) => entry.median?.cpuPerRequestMicroseconds);
}

export const agrees = (difference: number | null) =>
  difference !== null && difference <= AGREEMENT_LIMIT;

function describe(comparison: RowComparison): string {
  const pair = (values: readonly [number, number] | null, format = formatMicroseconds) =>
    values === null ? 'not measured' : values.map(format).join(' / ');
  const verdict = (difference: number | null) =>
    difference === null
      ? '⚠️ —'
      : `${agrees(difference) ? '✅' : '❌'} ${Math.round(difference * 100)} %`;
  return row([
    comparison.id,
    pair(comparison.cpu),
    verdict(comparison.difference),
    pair(comparison.ratio, (value) => `${value.toFixed(2)}×`),
    verdict(comparison.ratioDifference),
    pair(comparison.overhead),
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
  const floors = floorDrift(first, second);
  if (floors !== null) {
    const drift = Math.round(relativeDifference(floors) * 100);
    console.log(
      `Koa floor: ${floors.map(formatMicroseconds).join(' / ')} µs CPU per request (${drift} % apart)`,
    );
  }
  const comparisons = compareRuns(first, second);
  console.log(
    [
      row([
        'authlab row',
        'CPU µs / request (1 / 2)',
        'within 15 %',
        '× its floor (1 / 2)',
        'within 15 %',
        'µs over floor (1 / 2)',
      ]),
      row(['---', '---:', '---', '---:', '---', '---:']),
      ...comparisons.map(describe),
    ].join('\n'),
  );
  if (comparisons.some((entry) => !agrees(entry.ratioDifference))) process.exitCode = 1;
}
