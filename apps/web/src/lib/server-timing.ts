/**
 * Reads the APIs' `Server-Timing` header: the server's own account of the flow steps it took.
 *
 *   Server-Timing: jwt.auth.verify-token;dur=0.08;desc="expired", jwt.auth.reject;dur=0
 *
 * Each metric name is a server step id of `@authlab/flows`; `desc` is present only when the step did
 * not succeed (`absent`, `missing`, `expired`, `failed`, `denied`, `reused`, `unavailable`). The
 * header is readable from script because the page and the APIs share one origin (otherwise the
 * APIs would have to send `Timing-Allow-Origin`).
 *
 * Reference: W3C Server Timing §3, `metric-name *( OWS ";" OWS server-timing-param )`.
 */

export interface ServerTimingEntry {
  readonly id: string;
  readonly durationMs: number;
  readonly outcome?: string;
}

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
