/**
 * The server's side of every flow, made visible: each step an API takes while answering a request
 * is timed and reported in the `Server-Timing` response header, named by its flow step id, so the
 * web app can light the step up and show what it cost.
 *
 *   Server-Timing: session.auth.read-cookie;dur=0.02, session.auth.load-session;dur=0.31;desc="missing"
 *
 * Step ids are the `ServerStepId`s of `@authlab/flows/step-ids`; this package takes them as plain
 * strings so that it does not depend on the flows package (each API passes its own id union).
 *
 * It runs on every request, so it stays cheap: `performance.now()` per step, an array push, and one
 * header string built at the end.
 *
 * In production the header keeps the step ids and outcomes but drops `dur` (SERVER_TIMING_DURATIONS,
 * off there by default): per-step durations of the credential check tell anyone how far a guess got
 * — "unknown user" and "wrong password" take different paths — a precise timing oracle. The W3C
 * spec's privacy section says as much: expose timings only to those who should see them.
 *
 * Reference: W3C Server Timing (https://www.w3.org/TR/server-timing/), §3 "The Server-Timing header
 * field": `metric-name *( OWS ";" OWS server-timing-param )`, params `dur` (milliseconds) and `desc`;
 * §6 "Privacy and Security" (timing attacks); OWASP Authentication Cheat Sheet (response timing).
 */
import type { Context, Middleware } from 'koa';
import { HttpError } from './errors.ts';

export type StepOutcome =
  | 'absent'
  | 'missing'
  | 'expired'
  | 'failed'
  | 'denied'
  | 'reused'
  | 'unavailable';

export interface TraceEntry {
  readonly id: string;
  readonly durationMs: number;
  readonly outcome?: StepOutcome;
}

/** Passed to the function a step runs, so it can mark a step that returned (not threw) as failed. */
export interface StepControl {
  setOutcome(outcome: StepOutcome): void;
}

export interface Trace {
  /**
   * Runs `run`, timing it. If it throws, the step is recorded with an outcome derived from the
   * error (`unavailable` for a store outage, `denied` for 403/429, `failed` otherwise) and the
   * error is rethrown.
   */
  step<T>(id: string, run: (control: StepControl) => T | Promise<T>): Promise<T>;
  record(id: string, durationMs: number, outcome?: StepOutcome): void;
  /** Records a step that did not succeed and took no measurable time (e.g. `reject`). */
  fail(id: string, outcome: StepOutcome): void;
  readonly entries: readonly TraceEntry[];
}

export function outcomeForError(error: unknown): StepOutcome {
  if (!(error instanceof HttpError)) return 'failed';
  if (error.code === 'store_unavailable') return 'unavailable';
  if (error.status === 403 || error.status === 429) return 'denied';
  return 'failed';
}

/**
 * A class, not an object of closures: one is created per request, and its methods live once on
 * the prototype instead of being re-created (and, under tsx, re-named) on every request.
 */
class RequestTrace implements Trace {
  readonly entries: TraceEntry[] = [];

  record(id: string, durationMs: number, outcome?: StepOutcome): void {
    this.entries.push(outcome === undefined ? { id, durationMs } : { id, durationMs, outcome });
  }

  fail(id: string, outcome: StepOutcome): void {
    this.record(id, 0, outcome);
  }

  async step<T>(id: string, run: (control: StepControl) => T | Promise<T>): Promise<T> {
    let outcome: StepOutcome | undefined;
    const control: StepControl = {
      setOutcome(value) {
        outcome = value;
      },
    };
    const startedAt = performance.now();
    try {
      const result = await run(control);
      this.record(id, performance.now() - startedAt, outcome);
      return result;
    } catch (error) {
      this.record(id, performance.now() - startedAt, outcome ?? outcomeForError(error));
      throw error;
    }
  }
}

export function createTrace(): Trace {
  return new RequestTrace();
}

export function formatServerTiming(entries: readonly TraceEntry[], durations = true): string {
  let header = '';
  for (const entry of entries) {
    if (header !== '') header += ', ';
    header += durations ? `${entry.id};dur=${entry.durationMs.toFixed(2)}` : entry.id;
    if (entry.outcome !== undefined) header += `;desc="${entry.outcome}"`;
  }
  return header;
}

/**
 * Outermost middleware: gives the request a trace (`ctx.state.trace`) and writes `Server-Timing`
 * in a `finally`, so error responses (401, 403, 503…) show the steps that led to them too.
 * `handleErrors()` must be mounted inside it, so no error escapes to Koa's default handler (which
 * clears every header).
 */
export interface TraceStepsOptions {
  /** Send `dur` per step (development); production sends the step ids only. */
  durations: boolean;
}

export function traceSteps(options: TraceStepsOptions): Middleware {
  const { durations } = options;
  return async function traceStepsMiddleware(ctx, next) {
    const trace = createTrace();
    ctx.state.trace = trace;
    try {
      await next();
    } finally {
      if (trace.entries.length > 0) {
        ctx.set('Server-Timing', formatServerTiming(trace.entries, durations));
      }
    }
  };
}

/** The request's trace; a detached one when `traceSteps()` is not mounted (small test apps). */
export function getTrace(ctx: Context): Trace {
  const existing: Trace | undefined = ctx.state.trace;
  if (existing !== undefined) return existing;
  const trace = createTrace();
  ctx.state.trace = trace;
  return trace;
}

export interface ParsedServerTiming {
  id: string;
  durationMs: number;
  outcome?: string;
}

/** Reads a `Server-Timing` header back (web app, tests, benchmarks). Lenient on whitespace. */
export function parseServerTiming(header: string): ParsedServerTiming[] {
  const metrics: ParsedServerTiming[] = [];
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';');
    const id = rawName?.trim();
    if (!id) continue;
    const metric: ParsedServerTiming = { id, durationMs: 0 };
    for (const param of params) {
      const separator = param.indexOf('=');
      if (separator === -1) continue;
      const key = param.slice(0, separator).trim().toLowerCase();
      const value = param.slice(separator + 1).trim();
      if (key === 'dur') metric.durationMs = Number.parseFloat(value) || 0;
      if (key === 'desc') metric.outcome = value.replace(/^"(.*)"$/, '$1');
    }
    metrics.push(metric);
  }
  return metrics;
}
