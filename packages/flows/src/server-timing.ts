/**
 * The wire format of the trace, written by the APIs and read by the web app, the tests and the
 * bench: one `Server-Timing` metric per flow step, in the order the steps ran.
 *
 *   Server-Timing: session.auth.read-cookie;dur=0.02, session.auth.load-session;dur=0.31;desc="missing"
 *
 * The metric name is a server step id of this package; `dur` is milliseconds (left out in
 * production, where it would be a timing oracle); `desc` is present only when the step did not
 * succeed, and is one `StepOutcome`. One formatter and one parser, here, so the writer and every
 * reader agree by construction. Browser-safe: no Node APIs.
 *
 * Reference: W3C Server Timing, §3 "The Server-Timing header field": `metric-name *( OWS ";" OWS
 * server-timing-param )`, params `dur` and `desc`; §6 "Privacy and Security".
 */
import type { StepOutcome } from './types.ts';

export interface ServerTimingEntry {
  readonly id: string;
  readonly durationMs: number;
  /** Typed `StepOutcome` when written; any text when read back from the wire. */
  readonly outcome?: string;
}

export interface TimedStep {
  readonly id: string;
  readonly durationMs: number;
  readonly outcome?: StepOutcome;
}

export function formatServerTiming(entries: readonly TimedStep[], durations = true): string {
  let header = '';
  for (const entry of entries) {
    if (header !== '') header += ', ';
    header += durations ? `${entry.id};dur=${entry.durationMs.toFixed(2)}` : entry.id;
    if (entry.outcome !== undefined) header += `;desc="${entry.outcome}"`;
  }
  return header;
}

/** Reads a `Server-Timing` header back. Lenient on whitespace, unquoted `desc` and unknown params. */
export function parseServerTiming(header: string | null | undefined): ServerTimingEntry[] {
  if (!header) return [];
  const entries: ServerTimingEntry[] = [];
  for (const metric of header.split(',')) {
    const [rawName, ...params] = metric.split(';');
    const id = rawName?.trim();
    if (!id) continue;
    let durationMs = 0;
    let outcome: string | undefined;
    for (const param of params) {
      const separator = param.indexOf('=');
      if (separator === -1) continue;
      const key = param.slice(0, separator).trim().toLowerCase();
      const value = param.slice(separator + 1).trim();
      if (key === 'dur') durationMs = Number.parseFloat(value) || 0;
      if (key === 'desc') outcome = value.replace(/^"(.*)"$/, '$1');
    }
    entries.push(outcome === undefined ? { id, durationMs } : { id, durationMs, outcome });
  }
  return entries;
}
