/**
 * The `<!-- bench:micro-table -->` block of docs/performance.md: what each piece of an authenticated
 * request costs on its own, timed in-process (micro.ts). The prose of the page points at these rows
 * instead of quoting numbers, so that every figure it relies on is regenerated with each run.
 */
import {
  describeStatus,
  formatInteger,
  formatMicroseconds,
  NOT_A_FULL_RUN_WARNING,
  row,
} from './markdown-cells.ts';
import type { MicroCaseResult } from './micro.ts';
import type { BenchResult } from './results.ts';

function describeMicroRun(result: BenchResult): string {
  const { settings, machine } = result;
  const { batches, batchMilliseconds, warmupMilliseconds } = settings.micro;
  return (
    `Measured ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC by \`${result.command}\` ` +
    `(${settings.mode}: after a ${warmupMilliseconds} ms warm-up, ${batches} batches of ≈ ${batchMilliseconds} ms per operation, ` +
    `median of the batches), in one Node process after the HTTP runs, on ${machine.cpuModel} × ${machine.cores} cores, Node ${machine.node}.`
  );
}

function caseRow(entry: MicroCaseResult): string {
  if (entry.medianMicroseconds === null || entry.iterationsPerBatch === null) {
    return row([entry.label, describeStatus(entry.status, entry.reason), '', '']);
  }
  const low = Math.min(...entry.perCallMicroseconds);
  const high = Math.max(...entry.perCallMicroseconds);
  return row([
    entry.label,
    formatMicroseconds(entry.medianMicroseconds),
    `${formatMicroseconds(low)}–${formatMicroseconds(high)}`,
    formatInteger(entry.iterationsPerBatch),
  ]);
}

export function renderMicroTable(result: BenchResult): string {
  return [
    describeMicroRun(result),
    '',
    ...(result.settings.mode === 'full' ? [] : [NOT_A_FULL_RUN_WARNING, '']),
    row(['operation', 'µs per call', 'range across batches', 'calls per batch']),
    row(['---', '---:', '---:', '---:']),
    ...result.micro.cases.map(caseRow),
  ].join('\n');
}
