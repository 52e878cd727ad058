/**
 * The shape of a flow: who talks to whom, in which order, and what each step changes.
 *
 * Teaches: an authentication scheme is a sequence of small, named steps, each owned by one party
 * (the browser, an API, a store). A `server` step is one the API reports in its `Server-Timing`
 * header under the same id (`src/step-ids.ts`), so a live trace can be checked against the flow.
 *
 * Reference: W3C Server Timing (metric names = server step ids); docs/reference/http-api.md.
 */
import type { Localized } from './localized.ts';
import type { ServerStepId } from './step-ids.ts';

export type ActorId =
  | 'browser'
  | 'session-api'
  | 'jwt-api'
  | 'session-store'
  | 'revocation-store'
  | 'users-db'
  | 'load-balancer'
  | 'server-1'
  | 'server-2'
  | 'redis'
  | 'attacker-site';

/** The three participant boxes of every diagram. */
export type ActorGroup = 'attacker' | 'browser-side' | 'server-side' | 'stores';

export interface Actor {
  readonly id: ActorId;
  readonly label: Localized;
  readonly group: ActorGroup;
  readonly description: Localized;
}

/**
 * Who performs a step:
 * - `browser`: the page's JavaScript or the browser itself (ids `<api>.<flow>.<step>`, defined here);
 * - `server`: an API step reported in `Server-Timing` (always an id from `step-ids.ts`);
 * - `store`: something a store does by itself, such as a Redis TTL running out (never reported);
 * - `attacker`: the attacker's site or server (apps/attacker-site, another site), in the attack
 *   flows (ids `<api>.<flow>.<step>`, like browser steps).
 */
export type StepSide = 'browser' | 'server' | 'store' | 'attacker';

export type StorageLocationId =
  | 'server-store'
  | 'cookie-jar'
  | 'local-storage'
  | 'memory'
  | 'header'
  | 'users-db'
  | 'revocation-store';

export type StorageChange = 'gains' | 'changes' | 'loses' | 'reads';

export interface StorageEffect {
  readonly location: StorageLocationId;
  readonly change: StorageChange;
  readonly what: Localized;
}

/** The `desc` a server reports for a step that did not succeed (docs/reference/http-api.md, "Trace"). */
export type StepOutcome =
  | 'absent'
  | 'missing'
  | 'expired'
  | 'failed'
  | 'denied'
  | 'reused'
  | 'unavailable';

interface StepBase {
  readonly id: string;
  readonly from: ActorId;
  readonly to: ActorId;
  /** The HTTP message or the action, e.g. `POST /login {email, password}`. */
  readonly message: Localized;
  /** One or two sentences for learners: what happens and why (with the reference that decides). */
  readonly explanation: Localized;
  readonly effects: readonly StorageEffect[];
  /**
   * Where the source documents get this step wrong, in a few words. Drawn in its own colour with
   * a "Correction" label, apart from the grey notes that show state changes.
   */
  readonly correction?: Localized;
  /**
   * Consecutive steps with the same phase are framed together in the diagram (e.g. "0:20 — …").
   * Runs are told apart by their English text.
   */
  readonly phase?: Localized;
}

export interface ServerStep extends StepBase {
  readonly side: 'server';
  readonly id: ServerStepId;
  /** Expected `desc` in `Server-Timing` when the step is reported as not succeeding. */
  readonly outcome?: StepOutcome;
  /**
   * A `desc` this step may report in this flow without having failed: `absent` for the cookie a
   * fresh browser does not have when it logs in. The web app shows such a step as done, not red.
   */
  readonly okOutcome?: StepOutcome;
}

export interface BrowserStep extends StepBase {
  readonly side: 'browser';
}

export interface StoreStep extends StepBase {
  readonly side: 'store';
}

export interface AttackerStep extends StepBase {
  readonly side: 'attacker';
}

export type Step = ServerStep | BrowserStep | StoreStep | AttackerStep;

export type FlowApi = 'session' | 'jwt';

/** `documents`: the behaviour the source documents show, kept as a clearly labelled unsafe mode. */
export type FlowMode = 'recommended' | 'documents';

/** Sections of document 004 ("Visual Flow Comparison") plus the topics the project adds. */
export type FlowSection =
  | 'login'
  | 'protected-request'
  | 'token-refresh'
  | 'logout'
  | 'revocation'
  | 'password-change'
  | 'expiration'
  | 'architecture'
  | 'data-storage'
  | 'attacks';

export interface Flow {
  readonly id: string;
  readonly api: FlowApi;
  readonly title: Localized;
  /** What the flow shows, its starting state, and what to take away. */
  readonly summary: Localized;
  readonly section: FlowSection;
  readonly steps: readonly Step[];
  readonly mode?: FlowMode;
}
