/**
 * "Who is this?" for a session API: read the id from the cookie, load the session from the store,
 * refuse the request when there is none. Everything the server then trusts (user id, role) comes
 * from its own store, never from the request.
 *
 * It wraps koa-session's middleware (`sessions.load`) so that it can report the steps koa-session
 * takes, with their outcomes, in the trace — including a store outage, which koa-session lets
 * propagate before any route code runs (503 `store_unavailable`, never an anonymous session).
 *
 * One answer for every refusal — no cookie, a forged cookie, an unknown, destroyed or expired
 * session: 401 `unauthenticated`. Only the trace (a teaching aid) says which it was.
 *
 * Step ids: session.auth.read-cookie (`desc="absent"` without a cookie, `"failed"` when its
 * signature does not verify), session.auth.load-session (`"missing"`, `"expired"`,
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

export interface SignedInSession extends SessionRecord {
  /** The session id: a bearer secret, never logged or echoed. */
  readonly id: string;
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

/** Turns what koa-session's hooks saw into trace steps; answers the live session, if any. */
function reportSessionSteps(ctx: Context): SignedInSession | null {
  const probe = getSessionProbe(ctx);
  const trace = getTrace(ctx);
  const cookieDesc =
    probe.cookie === 'present' ? undefined : probe.cookie === 'absent' ? 'absent' : 'failed';
  trace.record(READ_COOKIE_STEP, probe.readCookieMs, cookieDesc);
  if (probe.load === null || probe.cookieId === null) return null;
  trace.record(LOAD_SESSION_STEP, probe.load.durationMs, LOAD_DESC[probe.load.outcome]);
  return probe.load.session === null ? null : { ...probe.load.session, id: probe.cookieId };
}

export interface AuthenticateOptions {
  /**
   * `false` lets a request without a live session through (with no signed-in session): for
   * POST /logout, which is idempotent.
   */
  required?: boolean;
}

export function authenticate(
  loadSession: Middleware,
  options: AuthenticateOptions = {},
): Middleware {
  const required = options.required ?? true;
  return async function authenticateMiddleware(ctx, next) {
    let reported = false;
    try {
      await loadSession(ctx, async () => {
        reported = true;
        const session = reportSessionSteps(ctx);
        if (session === null && required) {
          // The refusal itself succeeded: no desc (the step before it says what was wrong).
          getTrace(ctx).record(REJECT_STEP, 0);
          throw new UnauthenticatedError();
        }
        ctx.state[SIGNED_IN_KEY] = session;
        await next();
      });
    } catch (error) {
      // koa-session failed before handing over (the store was unreachable while it loaded).
      if (!reported) reportSessionSteps(ctx);
      throw error;
    }
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
