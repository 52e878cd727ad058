/** The small pieces every generated table and figure of the docs is built from. */
import type { RunStatus } from './results.ts';

export const NOT_A_FULL_RUN_WARNING =
  '> ⚠️ Not a full run: these numbers only prove that the benchmark works.';

export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function formatInteger(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Why a row has no figures: its status and the first line of the reason, safe inside a cell. */
export function describeStatus(status: RunStatus, reason: string | null): string {
  const firstLine = (reason ?? '').split('\n')[0]?.replace(/\|/g, '\\|') ?? '';
  if (status === 'skipped') return `skipped (${firstLine})`;
  return `**${status.toUpperCase()}**: ${firstLine}`;
}

/** Two significant decimals where they mean something, whole microseconds above 100. */
export function formatMicroseconds(value: number): string {
  const magnitude = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (magnitude < 10) return `${sign}${magnitude.toFixed(2)}`;
  if (magnitude < 100) return `${sign}${magnitude.toFixed(1)}`;
  return `${sign}${formatInteger(magnitude)}`;
}
