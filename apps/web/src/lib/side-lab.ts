/**
 * One column of the lab: HTTP clients for one API that record every exchange, light the server
 * steps it reports, and snapshot where state lives after every step.
 *
 * Flow steps: every server step id arrives through `Server-Timing`; browser step ids are reported
 * by the scenario scripts through `browserStep`.
 *
 * Two browsers per side: the learner's (`http`) and the admin console (`adminHttp`, John's browser
 * in the revocation flows), each with its own cookie scope (see cookie-paths.ts).

 */
import type { AxiosInstance } from 'axios';
import type { LabState, Side } from './api-types.ts';
import { diffJars, toJarCookie } from './cookie-jar.ts';
import { type Browser, findProxyRoute, matchesCookiePath } from './cookie-paths.ts';
import { classifyError, createApiClient } from './http-client.ts';
import { type HttpExchange, installExchangeRecorder } from './http-exchange.ts';
import {
  type ClientState,
  createRunStore,
  type EventNote,
  type JarCookie,
  type RunEvent,
  type RunStore,
  type StateSnapshot,
} from './run-store.ts';
import type { ScenarioId } from './scenario-id.ts';

/** The page's own state for this side; `labCookies` is the jar as the lab view reported it. */
export type ClientStateReader = (
  labCookies: readonly JarCookie[],
) => Omit<ClientState, 'authorization'>;

export interface SideLab {
  readonly side: Side;
  readonly basePath: string;
  readonly http: AxiosInstance;
  readonly adminHttp: AxiosInstance;
  readonly runs: RunStore;
  runScenario(
    scenarioId: ScenarioId,
    flowIds: readonly string[],
    script: () => Promise<void>,
  ): Promise<void>;
  /** Reports a browser step of the flow, after running `action` if one is given. */
  browserStep(stepId: string, action?: () => void | Promise<void>, note?: EventNote): Promise<void>;
  /** Reports a step a store took by itself (e.g. a TTL ran out), as the lab view showed it. */
  storeStep(stepId: string): Promise<void>;
  /** Runs preparation the flow assumes; its events are marked as setup, not flow steps. */
  setup<T>(run: () => Promise<T>): Promise<T>;
  /**
   * Development-only `POST /lab/clock`: moves the server's clock instead of waiting. With
   * `observe: false` the lab view is not read afterwards: reading it lists the session store,
   * which drops expired entries — and the next request would then find the session `missing`
   * instead of `expired`.
   */
  moveServerClock(offsetSeconds: number, options?: { observe: boolean }): Promise<void>;
  captureState(): Promise<void>;
  latestLabState(): LabState | null;
}

/**
 * What the side's own client learns from an answer, applied before the state after it is
 * snapshotted (the session client forgets its user on a 401).
 */
export type ExchangeObserver = (exchange: HttpExchange, browser: Browser) => void;

/** The `user.id` of an answer such as POST /login's or GET /me's, if it has one. */
function findAnsweredUserId(exchange: HttpExchange): number | null {
  const body = exchange.responseBody as { user?: { id?: unknown } } | null;
  const id = body?.user?.id;
  return typeof id === 'number' ? id : null;
}

export function createSideLab(
  side: Side,
  readClientState: ClientStateReader,
  observeExchange: ExchangeObserver = () => {},
): SideLab {
  const runs = createRunStore(side);
  const basePath = findProxyRoute(side, 'main').prefix;
  const clients: Record<Browser, { http: AxiosInstance; lab: AxiosInstance }> = {
    main: { http: createApiClient(basePath), lab: createApiClient(`${basePath}/lab`) },
    admin: {
      http: createApiClient(findProxyRoute(side, 'admin').prefix),
      lab: createApiClient(`${findProxyRoute(side, 'admin').prefix}/lab`),
    },
  };
  let labState: LabState | null = null;
  const labCookies: Record<Browser, JarCookie[]> = { main: [], admin: [] };
  let authorization: string | null = null;
  let inSetup = false;
  const addEvent = (event: Omit<RunEvent, 'seq' | 'snapshotIndex' | 'setup'>) =>
    runs.addEvent(inSetup ? { ...event, setup: true } : event);

  /**
   * Only the row of the user this page shows: the answer stays small however many users exist.
   * `answeredUserId`: the user an answer of the page's own browser just named (a login's answer
   * arrives before the page has kept its user).
   */
  const readLabState = async (browser: Browser, answeredUserId: number | null = null) => {
    const userId = answeredUserId ?? readClientState([]).userId;
    const params = userId === null ? {} : { user_id: userId };
    try {
      labState = (await clients[browser].lab.get<LabState>('/state', { params })).data;
      labCookies[browser] = labState.cookies_received.map((cookie) =>
        toJarCookie(side, browser, cookie),
      );
    } catch {
      labState = null;
    }
  };

  const snapshotNow = (): StateSnapshot => ({
    client: { ...readClientState([...labCookies.main, ...labCookies.admin]), authorization },
    server: labState,
  });

  const recordExchange = (browser: Browser) => async (exchange: HttpExchange) => {
    const jarBefore = runs.getState().live.client.cookieJar;
    const path = new URL(exchange.url, window.location.origin).pathname;
    if (browser === 'main') authorization = exchange.requestHeaders.authorization ?? null;
    observeExchange(exchange, browser);
    await readLabState(browser, browser === 'main' ? findAnsweredUserId(exchange) : null);
    const snapshot = snapshotNow();
    runs.setSnapshot(snapshot);
    runs.addExchange({
      ...exchange,
      browser,
      setup: inSetup,
      cookiesSent: jarBefore.filter(
        (cookie) =>
          cookie.browser === browser &&
          (cookie.path === null || matchesCookiePath(path, cookie.path)),
      ),
      cookieChanges: diffJars(jarBefore, snapshot.client.cookieJar),
    });
    for (const step of exchange.serverSteps) {
      addEvent({
        kind: 'server',
        stepId: step.id,
        durationMs: step.durationMs,
        exchangeId: exchange.id,
        ...(step.outcome === undefined ? {} : { outcome: step.outcome }),
      });
    }
  };
  installExchangeRecorder(clients.main.http, recordExchange('main'));
  installExchangeRecorder(clients.admin.http, recordExchange('admin'));

  return {
    side,
    basePath,
    http: clients.main.http,
    adminHttp: clients.admin.http,
    runs,
    async runScenario(scenarioId, flowIds, script) {
      if (runs.getState().run?.status === 'running') return;
      runs.startRun(scenarioId, flowIds);
      try {
        await script();
        runs.finishRun('done');
      } catch (error) {
        runs.finishRun('failed', classifyError(error));
      } finally {
        inSetup = false;
      }
    },
    async browserStep(stepId, action, note) {
      const startedAt = performance.now();
      let failed = true;
      try {
        await action?.();
        failed = false;
      } finally {
        runs.setSnapshot(snapshotNow());
        addEvent({
          kind: 'browser',
          stepId,
          durationMs: performance.now() - startedAt,
          ...(failed ? { outcome: 'failed' } : {}),
          ...(note === undefined ? {} : { note }),
        });
      }
    },
    async storeStep(stepId) {
      await readLabState('main');
      runs.setSnapshot(snapshotNow());
      addEvent({ kind: 'store', stepId, durationMs: 0 });
    },
    async setup(run) {
      inSetup = true;
      try {
        return await run();
      } finally {
        inSetup = false;
      }
    },
    async moveServerClock(offsetSeconds, options = { observe: true }) {
      const startedAt = performance.now();
      await clients.main.lab.post('/clock', { offset_seconds: offsetSeconds });
      if (options.observe) {
        await readLabState('main');
        runs.setSnapshot(snapshotNow());
      }
      addEvent({
        kind: 'lab',
        stepId: 'lab.clock',
        durationMs: performance.now() - startedAt,
        detail: String(offsetSeconds),
      });
    },
    async captureState() {
      await readLabState('main');
      runs.setSnapshot(snapshotNow());
    },
    latestLabState: () => labState,
  };
}
