/** The small pieces every generated table of docs/performance.md is built from. */
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
