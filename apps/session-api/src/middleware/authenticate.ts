/**
 * "Who is this?" for a session API: koa-session loads the session named by the cookie; a request
 * whose session holds no user is refused. Everything the server then trusts (user id, role) comes
 * from its own store, never from the request.
 *
 * One answer for every refusal — no cookie, a malformed cookie, an unknown, destroyed or expired
 * session: 401 `unauthenticated`. Only the trace (a teaching aid) says which it was: the steps
 * koa-session took are recorded where it took them (session-cookie.ts, koa-session-store.ts); this
 * file adds the refusal. A store outage never gets here: koa-session lets the store's 503 through.
 *
 * Flow step ids: session.auth.read-cookie (`desc="absent"` without a cookie, `"failed"` when it is
 * not a well-formed session id), session.auth.load-session (`"missing"`, `"expired"`,
 * `"unavailable"`), session.auth.reject.
 * Reference: OWASP Session Management Cheat Sheet, "Session ID Generation and Verification"
 * (strict session management: only ids the server issued are accepted); docs/reference/http-api.md.
 */
import { UnauthenticatedError } from '@authlab/http/errors';
import { getTrace } from '@authlab/http/trace';
import type { Context, Middleware } from 'koa';
import type { SessionRecord } from '../stores/session-store.ts';

/** koa-session's `ctx.session`, as this API fills it at login (`null` once set to null). */
export type AppSession = Partial<SessionRecord> & {
  readonly isNew: boolean;
  regenerate(): Promise<void> | undefined;
  manuallyCommit(): Promise<void> | undefined;
};

/** The session koa-session loaded for this request (koa-session types `ctx.session` as `any`). */
export function readSession(ctx: Context): AppSession | null {
  return ctx.session;
}

/** The signed-in session, or `null` when the request carries none (anonymous visitor). */
export function findSignedInSession(ctx: Context): SessionRecord | null {
  const current = readSession(ctx);
  if (current?.userId === undefined) return null;
  const { userId, email, name, role, createdAt, lastSeenAt } = current as SessionRecord;
  return { userId, email, name, role, createdAt, lastSeenAt };
}

export function getSignedInSession(ctx: Context): SessionRecord {
  const signedIn = findSignedInSession(ctx);
  if (signedIn === null) throw new Error('getSignedInSession() needs authenticate() before it.');
  return signedIn;
}

/** koa-session (`session`), then: no user in the session → 401. */
export function authenticate(session: Middleware): Middleware {
  return function authenticateMiddleware(ctx, next) {
    return session(ctx, () => {
      if (findSignedInSession(ctx) === null) {
        // The refusal itself succeeded: no desc (the step before it says what was wrong).
        getTrace(ctx).record('session.auth.reject', 0);
        throw new UnauthenticatedError();
      }
      return next();
    });
  };
}
