/**
 * Lights a flow's steps from what really happened: walks the flow's steps (from `@authlab/flows`)
 * and the run's events in order and pairs each step with the next event carrying its id. Order
 * matters because ids repeat within a flow (a refused request and its retry both run
 * `jwt.auth.verify-signature`).
 *
 * A step is `ok` or `failed` (the server reported a `desc` the flow does not list as the step's
 * `okOutcome`, or a browser step threw) once its event
 * is revealed by the cursor; `pending` before that; `skipped` when the run went past it without it
 * happening (a request refused early never reaches its later steps). Events no flow step claims —
 * an interceptor's refresh beside jwt.request, the retries of ten concurrent requests — are listed
 * as extras, so nothing that happened is hidden.
 */
import type { Flow, Step } from '@authlab/flows/types';
import type { RunEvent } from './run-store.ts';

export type StepState = 'pending' | 'ok' | 'failed' | 'skipped';

/** A `desc` is a failure unless the flow says this step may report it (`okOutcome`). */
function hasFailed(step: Step, event: RunEvent): boolean {
  if (event.outcome === undefined) return false;
  return !(step.side === 'server' && step.okOutcome === event.outcome);
}

export interface MatchedStep {
  readonly key: string;
  readonly flowId: string;
  readonly step: Step;
  readonly event: RunEvent | null;
  readonly state: StepState;
  /** The step the cursor is on. */
  readonly current: boolean;
}

export interface StepMatch {
  readonly steps: readonly MatchedStep[];
  /** Revealed events no step claimed (setup and lab events excluded). */
  readonly extras: readonly RunEvent[];
}

/** The events the cursor steps through: everything but setup. */
export function listVisibleEvents(events: readonly RunEvent[]): RunEvent[] {
  return events.filter((event) => !event.setup);
}

/**
 * `finished`: the run is over and the cursor is on its last event, so a step that never happened
 * will not happen any more (it is `skipped`, not `pending`).
 */
export function matchSteps(
  flows: readonly Flow[],
  events: readonly RunEvent[],
  cursorSeq: number,
  finished = false,
): StepMatch {
  const candidates = events.filter((event) => !event.setup && event.kind !== 'lab');
  const claimed = new Set<number>();
  let from = 0;
  const pairs: { flowId: string; step: Step; event: RunEvent | null; index: number }[] = [];
  for (const flow of flows) {
    flow.steps.forEach((step, index) => {
      const position = candidates.findIndex(
        (event, at) => at >= from && event.stepId === step.id && !claimed.has(event.seq),
      );
      const event = position === -1 ? null : (candidates[position] ?? null);
      if (event !== null) {
        claimed.add(event.seq);
        from = position + 1;
      }
      pairs.push({ flowId: flow.id, step, event, index });
    });
  }
  const isRevealed = (event: RunEvent | null): event is RunEvent =>
    event !== null && event.seq <= cursorSeq;
  const lastRevealedSeq = Math.max(
    -1,
    ...pairs.map(({ event }) => (isRevealed(event) ? event.seq : -1)),
  );
  const lastRevealedPosition = new Map<string, number>();
  pairs.forEach(({ flowId, event }, position) => {
    if (isRevealed(event)) lastRevealedPosition.set(flowId, position);
  });
  const steps = pairs.map(({ flowId, step, event, index }, position): MatchedStep => {
    let state: StepState = 'pending';
    if (isRevealed(event)) state = hasFailed(step, event) ? 'failed' : 'ok';
    else if (event === null && (finished || position < (lastRevealedPosition.get(flowId) ?? -1))) {
      state = 'skipped';
    }
    return {
      key: `${flowId}#${index}`,
      flowId,
      step,
      event,
      state,
      current: isRevealed(event) && event.seq === lastRevealedSeq,
    };
  });
  const extras = candidates.filter((event) => !claimed.has(event.seq) && event.seq <= cursorSeq);
  return { steps, extras };
}
