/**
 * One side's record of a scenario run: the events that happened (browser steps, server steps from
 * `Server-Timing`, lab actions such as moving the server clock), the raw HTTP exchanges, and a
 * snapshot of where state lives after each event — so the learner can step back and forth and see
 * the state as it was at that step.
 *
 * A tiny external store (subscribe/getSnapshot) because the scenario scripts are async code outside
 * React; components read it with `useSyncExternalStore`.
 */
import type { LabState, Side } from './api-types.ts';
import type { Browser } from './cookie-paths.ts';
import type { LabErrorCode } from './errors.ts';
import type { HttpExchange } from './http-exchange.ts';
import type { ScenarioId } from './scenario-id.ts';

/**
 * `browser`: reported by the page; `server`: from `Server-Timing`; `store`: something a store did
 * by itself, seen in the lab view (an entry gone after its TTL); `lab`: a lab action such as moving
 * the server clock, not part of any flow.
 */
export type EventKind = 'browser' | 'server' | 'store' | 'lab';

/** Something the page could not do exactly as the flow shows it, explained where it happened. */
export type EventNote = 'httponly-replay' | 'refresh-token-in-body';

export interface RunEvent {
  readonly seq: number;
  readonly kind: EventKind;
  readonly stepId: string;
  readonly durationMs: number;
  /** The server's `desc`, or `failed` for a browser step that could not complete. */
  readonly outcome?: string;
  readonly exchangeId?: number;
  readonly snapshotIndex: number;
  /** Lab events: what was done, e.g. the clock offset in seconds. */
  readonly detail?: string;
  /** Preparation the flow assumes (e.g. "Jane is logged in"), not a step of the flow itself. */
  readonly setup?: boolean;
  readonly note?: EventNote;
}

export interface JarCookie {
  readonly name: string;
  /** The learner's browser, or the admin console (John's browser in the revocation flows). */
  readonly browser: Browser;
  /** `null` when the page cannot know it (HttpOnly, and not visible in the lab view). */
  readonly value: string | null;
  readonly httpOnly: boolean | null;
  readonly sameSite: string | null;
  readonly path: string | null;
  readonly secure: boolean | null;
  readonly source: 'lab-view' | 'document-cookie' | 'inferred';
  readonly note: string;
  /** The session store's key for this cookie (the store holds an HMAC of the id, not the id). */
  readonly storeKey?: string;
}

export interface CookieChange {
  readonly name: string;
  readonly change: 'set' | 'cleared';
  readonly cookie: JarCookie;
}

/** An exchange plus what the browser did with cookies, which the page itself cannot see. */
export interface RecordedExchange extends HttpExchange {
  readonly browser: Browser;
  readonly setup: boolean;
  /** What the browser attached as `Cookie` (from the jar before the request, path-matched). */
  readonly cookiesSent: readonly JarCookie[];
  /** What `Set-Cookie` changed in the jar, seen by comparing the jar before and after. */
  readonly cookieChanges: readonly CookieChange[];
}

export interface ClientState {
  /** The user the page believes is logged in (for the users-table row). */
  readonly userId: number | null;
  readonly memory: Readonly<Record<string, string>>;
  readonly localStorage: Readonly<Record<string, string>>;
  /** The Authorization header of the latest request, if it carried one. */
  readonly authorization: string | null;
  readonly cookieJar: readonly JarCookie[];
}

export interface StateSnapshot {
  readonly client: ClientState;
  readonly server: LabState | null;
}

export type RunStatus = 'running' | 'done' | 'failed';

export interface SideRun {
  readonly id: number;
  readonly side: Side;
  readonly scenarioId: ScenarioId;
  readonly flowIds: readonly string[];
  readonly status: RunStatus;
  /** What went wrong, when the run could not finish. */
  readonly error?: LabErrorCode;
  readonly events: readonly RunEvent[];
  readonly exchanges: readonly RecordedExchange[];
  readonly snapshots: readonly StateSnapshot[];
}

export interface RunStoreState {
  readonly run: SideRun | null;
  readonly live: StateSnapshot;
}

export const EMPTY_CLIENT_STATE: ClientState = {
  userId: null,
  memory: {},
  localStorage: {},
  authorization: null,
  cookieJar: [],
};

export interface RunStore {
  subscribe(listener: () => void): () => void;
  getState(): RunStoreState;
  startRun(scenarioId: ScenarioId, flowIds: readonly string[]): void;
  addEvent(event: Omit<RunEvent, 'seq' | 'snapshotIndex'>): void;
  addExchange(exchange: RecordedExchange): void;
  /** Records where state lives now; later events point at this snapshot. */
  setSnapshot(snapshot: StateSnapshot): void;
  finishRun(status: Exclude<RunStatus, 'running'>, error?: LabErrorCode): void;
}

let nextRunId = 1;

export function createRunStore(side: Side): RunStore {
  let state: RunStoreState = {
    run: null,
    live: { client: EMPTY_CLIENT_STATE, server: null },
  };
  const listeners = new Set<() => void>();
  const update = (next: RunStoreState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const updateRun = (change: (run: SideRun) => SideRun) => {
    if (state.run !== null) update({ ...state, run: change(state.run) });
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    startRun(scenarioId, flowIds) {
      update({
        ...state,
        run: {
          id: nextRunId++,
          side,
          scenarioId,
          flowIds,
          status: 'running',
          events: [],
          exchanges: [],
          snapshots: [state.live],
        },
      });
    },
    addEvent(event) {
      updateRun((run) => ({
        ...run,
        events: [
          ...run.events,
          { ...event, seq: run.events.length, snapshotIndex: run.snapshots.length - 1 },
        ],
      }));
    },
    addExchange(exchange) {
      updateRun((run) => ({ ...run, exchanges: [...run.exchanges, exchange] }));
    },
    setSnapshot(snapshot) {
      update({
        live: snapshot,
        run:
          state.run === null
            ? null
            : { ...state.run, snapshots: [...state.run.snapshots, snapshot] },
      });
    },
    finishRun(status, error) {
      updateRun((run) => (error === undefined ? { ...run, status } : { ...run, status, error }));
    },
  };
}
