/**
 * "Who is this?" for a session API: read the id from the cookie, load the session from the store,
 * refuse the request when there is none. Everything the server then trusts (user id, role) comes
 * from its own store, never from the request.
 *
 * It runs `sessions.read` (the same cookie and store code as koa-session's hooks, without
 * koa-session's per-request machinery: middleware/session.ts) and reports the steps it took, with
 * their outcomes, in the trace — including a store outage, which propagates before any route code
 * runs (503 `store_unavailable`, never an anonymous session).
 *
 * One answer for every refusal — no cookie, a malformed cookie, an unknown, destroyed or expired
 * session: 401 `unauthenticated`. Only the trace (a teaching aid) says which it was.
 *
 * Step ids: session.auth.read-cookie (`desc="absent"` without a cookie, `"failed"` when it is not
 * a well-formed session id), session.auth.load-session (`"missing"`, `"expired"`,
 * `"unavailable"`), session.auth.reject.
 * Reference: OWASP Session Management Cheat Sheet, "Session ID Generation and Verification"
 * (strict session management: only ids the server issued are accepted); docs/reference/http-api.md.
 */

import type { SessionServerStepId } from '@authlab/flows/step-ids';
import { UnauthenticatedError } from '@authlab/http/errors';
import { getTrace, type StepOutcome } from '@authlab/http/trace';
import type { Context, Middleware } from 'koa';
import { getSessionProbe, type LoadOutcome } from '../session/session-probe.ts';
import type { SessionRecord } from '../stores/session-store.ts';
import type { Sessions } from './session.ts';

export interface SignedInSession extends SessionRecord {
  /** Where the store keeps this session (the HMAC of its id, session-key.ts), e.g. to destroy it. */
  readonly storeKey: string;
}

const READ_COOKIE_STEP: SessionServerStepId = 'session.auth.read-cookie';
const LOAD_SESSION_STEP: SessionServerStepId = 'session.auth.load-session';
const REJECT_STEP: SessionServerStepId = 'session.auth.reject';
const SIGNED_IN_KEY = 'signedInSession';

const LOAD_DESC: Readonly<Record<LoadOutcome, StepOutcome | undefined>> = {
  active: undefined,
  missing: 'missing',
  expired: 'expired',
  unavailable: 'unavailable',
  failed: 'failed',
};

/** Turns what `sessions.read` saw into trace steps; answers the live session, if any. */
function reportSessionSteps(ctx: Context): SignedInSession | null {
  const probe = getSessionProbe(ctx);
  const trace = getTrace(ctx);
  const cookieDesc =
    probe.cookie === 'present' ? undefined : probe.cookie === 'absent' ? 'absent' : 'failed';
  trace.record(READ_COOKIE_STEP, probe.readCookieMs, cookieDesc);
  if (probe.load === null || probe.storeKey === null) return null;
  trace.record(LOAD_SESSION_STEP, probe.load.durationMs, LOAD_DESC[probe.load.outcome]);
  const session = probe.load.session;
  if (session === null) return null;
  // Spelled out rather than spread: this runs on every authenticated request.
  const { userId, email, name, role, createdAt, lastSeenAt } = session;
  return { userId, email, name, role, createdAt, lastSeenAt, storeKey: probe.storeKey };
}

export interface AuthenticateOptions {
  /**
   * `false` lets a request without a live session through (with no signed-in session): for
   * POST /logout, which is idempotent.
   */
  required?: boolean;
}

export function authenticate(
  readSession: Sessions['read'],
  options: AuthenticateOptions = {},
): Middleware {
  const required = options.required ?? true;
  return async function authenticateMiddleware(ctx, next) {
    try {
      await readSession(ctx);
    } catch (error) {
      // The store could not answer: the trace still shows how far the request got.
      reportSessionSteps(ctx);
      throw error;
    }
    const session = reportSessionSteps(ctx);
    if (session === null && required) {
      // The refusal itself succeeded: no desc (the step before it says what was wrong).
      getTrace(ctx).record(REJECT_STEP, 0);
      throw new UnauthenticatedError();
    }
    ctx.state[SIGNED_IN_KEY] = session;
    return next();
  };
}

/** The session `authenticate()` loaded; `null` only on routes mounted with `required: false`. */
export function findSignedInSession(ctx: Context): SignedInSession | null {
  return ctx.state[SIGNED_IN_KEY] ?? null;
}

export function getSignedInSession(ctx: Context): SignedInSession {
  const session = findSignedInSession(ctx);
  if (session === null) throw new Error('getSignedInSession() needs authenticate() before it.');
  return session;
}
