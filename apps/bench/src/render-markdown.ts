/**
 * Turns a result into the three generated blocks of docs/performance.md and puts them between
 * their markers, leaving every hand-written word of the page alone:
 *
 *   <!-- bench:table --> … <!-- /bench:table -->   GET /me for every configuration
 *   <!-- bench:login --> … <!-- /bench:login -->   login throughput and credential bytes
 *   <!-- bench:micro --> … <!-- /bench:micro -->   the pieces of a request, timed in-process
 */
import { describeStatus, formatInteger, NOT_A_FULL_RUN_WARNING, row } from './markdown-cells.ts';
import { renderMicroTable } from './render-micro.ts';
import type { BenchResult, ConfigurationResult, LoginResult } from './results.ts';

export type BlockName = 'table' | 'login' | 'micro';

function formatMs(value: number): string {
  return value < 10 ? value.toFixed(3) : value.toFixed(1);
}

export function formatOverhead(microseconds: number | null): string {
  if (microseconds === null) return '—';
  const rounded = Math.round(microseconds);
  return `${rounded >= 0 ? '' : '−'}${formatInteger(Math.abs(rounded))} µs`;
}

export function formatTarget(target: ConfigurationResult['target']): string {
  if (target === null) return '—';
  const goal = `≥ ${target.minRatioToBare.toFixed(2)}`;
  if (target.pass === null) return `${goal}: not measured`;
  return `${goal}: ${target.pass ? '✅ pass' : '❌ FAIL'}`;
}

function describeRun(result: BenchResult): string {
  const { settings, machine } = result;
  const shape = `${settings.rounds} round${settings.rounds === 1 ? '' : 's'} × ${settings.durationSeconds} s, ${settings.connections} connections`;
  return (
    `Measured ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC by \`${result.command}\` (${settings.mode}: ${shape}, interleaved, medians) ` +
    `on ${machine.cpuModel} × ${machine.cores} cores, Node ${machine.node}; ` +
    `load average at start ${machine.loadAverageAtStart.join(' / ')}, at end ${machine.loadAverageAtEnd.join(' / ')}.`
  );
}

function warnings(result: BenchResult): string[] {
  const lines: string[] = [];
  if (result.settings.mode !== 'full') {
    lines.push(NOT_A_FULL_RUN_WARNING);
  }
  for (const problem of result.problems) lines.push(`> ⚠️ ${problem.split('\n')[0]}`);
  return lines;
}

export function renderRequestTable(result: BenchResult): string {
  const lines = [
    describeRun(result),
    '',
    ...warnings(result),
    ...(warnings(result).length > 0 ? [''] : []),
    row([
      'configuration',
      'req/s',
      'p50 ms',
      'p99 ms',
      'ratio to bare',
      'overhead per request',
      'target',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---']),
  ];
  for (const entry of result.configurations) {
    if (entry.median === null) {
      lines.push(
        row([
          entry.label,
          describeStatus(entry.status, entry.reason),
          '',
          '',
          '',
          '',
          formatTarget(entry.target),
        ]),
      );
      continue;
    }
    lines.push(
      row([
        entry.label,
        formatInteger(entry.median.requestsPerSecond),
        formatMs(entry.median.latencyP50Ms),
        formatMs(entry.median.latencyP99Ms),
        entry.ratioToBare === null ? '—' : entry.ratioToBare.toFixed(2),
        formatOverhead(entry.overheadMicroseconds),
        formatTarget(entry.target),
      ]),
    );
  }
  return lines.join('\n');
}

function loginRow(login: LoginResult): string {
  if (login.sample === null || login.status !== 'ran') {
    return row([login.label, describeStatus(login.status, login.reason), '', '']);
  }
  const { sample } = login;
  return row([
    login.label,
    sample.requestsPerSecond.toFixed(1),
    formatMs(sample.latencyP50Ms),
    formatMs(sample.latencyP99Ms),
  ]);
}

export function renderLoginAndBytesTables(result: BenchResult): string {
  const { loginConnections, loginRequests } = result.settings;
  const lines = [
    `POST /login, ${loginRequests} logins per API over ${loginConnections} connections (rate limiter raised for the benchmark):`,
    '',
    row(['API', 'logins/s', 'p50 ms', 'p99 ms']),
    row(['---', '---:', '---:', '---:']),
    ...result.logins.map(loginRow),
    '',
    'What the credential adds to every request (header line as sent, measured from a real login):',
    '',
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

/** Replaces what lies between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`. */
export function replaceBlock(document: string, name: BlockName, content: string): string {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const start = document.indexOf(open);
  const end = document.indexOf(close);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`the page has no ${open} … ${close} block`);
  }
  if (document.indexOf(open, start + open.length) !== -1) {
    throw new Error(`the page has more than one ${open} block`);
  }
  return `${document.slice(0, start + open.length)}\n${content}\n${document.slice(end)}`;
}

export function renderPerformancePage(document: string, result: BenchResult): string {
  const withTable = replaceBlock(document, 'table', renderRequestTable(result));
  const withLogin = replaceBlock(withTable, 'login', renderLoginAndBytesTables(result));
  return replaceBlock(withLogin, 'micro', renderMicroTable(result));
}
