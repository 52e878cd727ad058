/**
 * The `GET /me` tables of docs/performance.md: server CPU per request for every configuration
 * with its paired overhead over its framework's floor, and the pass/fail lines of the targets.
 */
import {
  describeStatus,
  formatInteger,
  formatMicroseconds,
  NOT_A_FULL_RUN_WARNING,
  row,
} from './markdown-cells.ts';
import type { BenchResult, ConfigurationResult } from './results.ts';
import type { TargetResult } from './targets.ts';

function formatMs(value: number): string {
  return value < 10 ? value.toFixed(3) : value.toFixed(1);
}

export function describeRun(result: BenchResult): string {
  const { settings, machine } = result;
  const shape = `${settings.rounds} round${settings.rounds === 1 ? '' : 's'}, each configuration ${settings.durationSeconds} s right after ${settings.durationSeconds} s of its floor, wrk with ${settings.connections} connections`;
  return (
    `Measured ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC by \`${result.command}\` (${settings.mode}: ${shape}) ` +
    `on ${machine.cpuModel} × ${machine.cores} cores, Node ${machine.node}; ` +
    `load average at start ${machine.loadAverageAtStart.join(' / ')}, at end ${machine.loadAverageAtEnd.join(' / ')}.`
  );
}

/** A 1-minute load average above this at the start means other work competed with the run. */
const BUSY_LOAD_AVERAGE = 1;

export function warnings(result: BenchResult): string[] {
  const lines = result.settings.mode === 'full' ? [] : [NOT_A_FULL_RUN_WARNING];
  const [loadAtStart = 0] = result.machine.loadAverageAtStart;
  if (loadAtStart > BUSY_LOAD_AVERAGE) {
    lines.push(
      `> ⚠️ The machine was busy when this run started (load average ${loadAtStart}): other work competed with it, so read the rows against each other, not as absolute costs.`,
    );
  }
  for (const problem of result.problems) lines.push(`> ⚠️ ${problem.split('\n')[0]}`);
  return lines;
}

function overheadCell(entry: ConfigurationResult): string {
  if (entry.paired === null) return '—';
  const { median, min, max } = entry.paired.overheadMicroseconds;
  return `${formatMicroseconds(median)} (${formatMicroseconds(min)} to ${formatMicroseconds(max)})`;
}

/** CPU per request in the least-disturbed pair, and its overhead over that pair's floor. */
function leastDisturbedCell(entry: ConfigurationResult): string {
  if (entry.paired === null) return '—';
  const { cpuPerRequest, floorCpuPerRequest } = entry.paired.leastDisturbed;
  const overhead = cpuPerRequest - floorCpuPerRequest;
  return `${formatMicroseconds(cpuPerRequest)} (${overhead >= 0 ? '+' : ''}${formatMicroseconds(overhead)})`;
}

function configurationRow(entry: ConfigurationResult): string {
  const label = entry.authlab ? `**${entry.label}**` : entry.label;
  if (entry.median === null)
    return row([label, describeStatus(entry.status, entry.reason), '', '', '', '', '', '']);
  return row([
    label,
    formatMicroseconds(entry.median.cpuPerRequestMicroseconds),
    overheadCell(entry),
    entry.paired === null ? '—' : `${entry.paired.ratioToFloor.median.toFixed(2)}×`,
    leastDisturbedCell(entry),
    formatInteger(entry.median.requestsPerSecond),
    formatMs(entry.median.latencyP50Ms),
    formatMs(entry.median.latencyP99Ms),
  ]);
}

export function renderCpuTable(result: BenchResult): string {
  const notes = warnings(result);
  return [
    describeRun(result),
    '',
    ...notes,
    ...(notes.length > 0 ? [''] : []),
    row([
      'configuration',
      'CPU µs / request',
      'µs over its floor (range)',
      '× its floor',
      'least-disturbed pair (over floor)',
      'req/s',
      'p50 ms',
      'p99 ms',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...result.configurations.map(configurationRow),
  ].join('\n');
}

function targetLine(target: TargetResult, labels: ReadonlyMap<string, string>): string {
  const verdict = target.pass === null ? '⚠️ NOT MEASURED' : target.pass ? '✅ PASS' : '❌ FAIL';
  const side = (id: string, value: number | null) =>
    `${labels.get(id) ?? id}: ${value === null ? 'not measured' : `${formatMicroseconds(value)} µs`}`;
  const bound = target.factor === 1 ? '≤' : `≤ ${target.factor} ×`;
  return `- ${verdict} — ${side(target.subject, target.subjectOverheadMicroseconds)} ${bound} ${side(target.peer, target.peerOverheadMicroseconds)}`;
}

export function renderTargets(result: BenchResult): string {
  const labels = new Map(result.configurations.map((entry) => [entry.id, entry.label]));
  return result.targets.map((target) => targetLine(target, labels)).join('\n');
}

export function renderBytesTable(result: BenchResult): string {
  const lines = [
    row(['configuration', 'header', 'bytes per request']),
    row(['---', '---', '---:']),
  ];
  for (const entry of result.configurations) {
    if (entry.credential === null) continue;
    const header = `\`${entry.credential.headerName}: ${entry.credential.shape}\``;
    lines.push(row([entry.label, header, formatInteger(entry.credential.headerBytes)]));
  }
  return lines.join('\n');
}
