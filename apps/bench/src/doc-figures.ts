/**
 * Every figure the docs may show, by name: `<!-- bench:NAME -->` blocks (doc-blocks.ts) are filled
 * from here with numbers from the results file. Prose quotes a figure by naming it, so a new run
 * changes every page at once and no page keeps an old number.
 */
import { formatInteger, formatMicroseconds } from './markdown-cells.ts';
import {
  renderDenylistGrowth,
  renderLoginGrowth,
  renderSessionGrowth,
  renderUsersGrowth,
} from './render-growth.ts';
import { renderMicroTable } from './render-micro.ts';
import { renderBytesTable, renderCpuTable, renderTargets } from './render-tables.ts';
import type { BenchResult, ConfigurationResult } from './results.ts';

type Figure = (result: BenchResult) => string;

const MICROSECONDS_PER_MILLISECOND = 1000;

function configuration(result: BenchResult, id: string): ConfigurationResult {
  const entry = result.configurations.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`no configuration ${id} in the results`);
  return entry;
}

function overhead(result: BenchResult, id: string): number | null {
  return configuration(result, id).paired?.overheadMicroseconds.median ?? null;
}

const microseconds = (value: number | null) =>
  value === null ? 'not measured' : `${formatMicroseconds(value)} µs`;

function range(
  values: readonly (number | null)[],
  unit: string,
  format: (value: number) => string,
): string {
  const measured = values.filter((value): value is number => value !== null);
  if (measured.length === 0) return 'not measured';
  const low = Math.min(...measured);
  const high = Math.max(...measured);
  return low === high ? `${format(low)} ${unit}` : `${format(low)}–${format(high)} ${unit}`;
}

const AUTHLAB_AUTH_IDS = (result: BenchResult) =>
  result.configurations
    .filter((entry) => entry.authlab && entry.role === 'auth')
    .map((entry) => entry.id);

function bytesOf(result: BenchResult, ids: readonly string[]): (number | null)[] {
  return ids.map((id) => configuration(result, id).credential?.headerBytes ?? null);
}

/** How many times the documents' lower bound (`claimMs`) exceeds the measured overhead. */
function claimFactor(result: BenchResult, id: string, claimMs: number): string {
  const measured = overhead(result, id);
  if (measured === null || measured <= 0) return 'not measured';
  return `${formatInteger((claimMs * MICROSECONDS_PER_MILLISECOND) / measured)}×`;
}

function microCase(result: BenchResult, id: string): string {
  const entry = result.micro.cases.find((candidate) => candidate.id === id);
  return microseconds(entry?.medianMicroseconds ?? null);
}

function loginCpuMs(result: BenchResult): string {
  const single = result.growth.logins.find((point) => point.cpuPerLoginMs !== null);
  return single?.cpuPerLoginMs == null ? 'not measured' : `${single.cpuPerLoginMs.toFixed(0)} ms`;
}

export const FIGURES: Readonly<Record<string, Figure>> = {
  'cpu-table': renderCpuTable,
  targets: renderTargets,
  'bytes-table': renderBytesTable,
  'micro-table': renderMicroTable,
  'growth-sessions': (result) => renderSessionGrowth(result.growth),
  'growth-denylist': (result) => renderDenylistGrowth(result.growth),
  'growth-logins': (result) => renderLoginGrowth(result.growth),
  'growth-users': (result) => renderUsersGrowth(result.growth),
  'session-overhead': (result) => microseconds(overhead(result, 'session-memory')),
  'session-redis-overhead': (result) => microseconds(overhead(result, 'session-redis')),
  'jwt-overhead': (result) => microseconds(overhead(result, 'jwt-hs256-memory')),
  'jwt-es256-overhead': (result) => microseconds(overhead(result, 'jwt-es256-memory')),
  'naive-jwt-overhead': (result) => microseconds(overhead(result, 'naive-jwt-hs256')),
  'express-string-jwt-overhead': (result) =>
    microseconds(overhead(result, 'express-jsonwebtoken-string')),
  'express-key-object-jwt-overhead': (result) =>
    microseconds(overhead(result, 'express-jsonwebtoken-key-object')),
  'authlab-overhead-range': (result) =>
    range(
      AUTHLAB_AUTH_IDS(result).map((id) => overhead(result, id)),
      'µs',
      formatMicroseconds,
    ),
  'koa-floor-cpu': (result) =>
    microseconds(configuration(result, 'koa-bare').median?.cpuPerRequestMicroseconds ?? null),
  'redis-ping': (result) => microCase(result, 'redis-ping'),
  'cookie-bytes': (result) => range(bytesOf(result, ['session-memory']), 'bytes', formatInteger),
  'token-bytes': (result) =>
    range(bytesOf(result, ['jwt-hs256-memory', 'jwt-es256-memory']), 'bytes', formatInteger),
  'login-cpu': loginCpuMs,
  'claim-factor-session': (result) => claimFactor(result, 'session-memory', 10),
  'claim-factor-jwt': (result) => claimFactor(result, 'jwt-hs256-memory', 1),
  'run-date': (result) => result.startedAt.slice(0, 10),
};

export function renderFigure(result: BenchResult, name: string): string {
  const figure = FIGURES[name];
  if (figure === undefined)
    throw new Error(`unknown bench figure "${name}" (doc-figures.ts lists them)`);
  return figure(result);
}
