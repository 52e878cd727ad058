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
import { formatServerTiming } from '@authlab/flows/server-timing';
import type { StepOutcome } from '@authlab/flows/types';
import type { Context, Middleware } from 'koa';
import { HttpError } from './errors.ts';

export interface TraceEntry {
  readonly id: string;
  readonly durationMs: number;
  readonly outcome?: StepOutcome;
}

/** Passed to the function a step runs, so it can mark a step that returned (not threw) as failed. */
export interface StepControl {
  setOutcome(outcome: StepOutcome): void;
}

/** A request's trace, whose step ids are `Id` (each API passes its own union: typed-trace). */
export interface Trace<Id extends string = string> {
  /**
   * Runs `run`, timing it. If it throws, the step is recorded with an outcome derived from the
   * error (`unavailable` for a store outage, `denied` for 403/429, `failed` otherwise) and the
   * error is rethrown.
   */
  step<T>(id: Id, run: (control: StepControl) => T | Promise<T>): Promise<T>;
  record(id: Id, durationMs: number, outcome?: StepOutcome): void;
  /** Records a step that did not succeed and took no measurable time (e.g. `reject`). */
  fail(id: Id, outcome: StepOutcome): void;
  readonly entries: readonly TraceEntry[];
}

export function outcomeForError(error: unknown): StepOutcome {
  if (!(error instanceof HttpError)) return 'failed';
  if (error.code === 'store_unavailable' || error.code === 'jwks_unavailable') return 'unavailable';
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

/**
 * The typed door to the trace for one API: `const getTrace = createTraceReader<SessionServerStepId>()`.
 * A step id that is not in the API's union — a typo, another API's step — does not compile.
 */
export function createTraceReader<Id extends string>(): (ctx: Context) => Trace<Id> {
  return (ctx) => getTrace(ctx);
}
