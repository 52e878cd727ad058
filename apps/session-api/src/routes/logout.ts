/**
 * POST /logout: end THIS session on the server, then tell the browser to drop its cookie.
 *
 * Deleting the entry from the store is what logs out: from now on the id leads nowhere, so a copy
 * of the cookie (stolen, cached, replayed) is worthless — unlike a JWT, which stays valid until its
 * `exp` unless the server keeps a denylist. Clearing the cookie is housekeeping for the browser.
 *
 * Idempotent: without a live session (already logged out, expired) it still answers 200 and clears
 * the cookie, so a client can always get back to a clean state.
 *
 * Step ids: session.csrf.check-request (app.ts), session.auth.read-cookie,
 * session.auth.load-session, session.logout.destroy-session, session.logout.clear-cookie.
 * Reference: OWASP Session Management Cheat Sheet, "Manual Session Expiration" ("the session must
 * be invalidated on the server side"); RFC 6265 §3.1 (an expiry in the past deletes a cookie).
 */
import { getTrace } from '@authlab/http/trace';
import Router from '@koa/router';
import { authenticate, findSignedInSession } from '../middleware/authenticate.ts';
import type { Sessions } from '../middleware/session.ts';
import { clearSessionCookie, type SessionCookie } from '../session/session-cookie.ts';
import type { SessionStore } from '../stores/session-store.ts';

export interface LogoutRouterDeps {
  sessionStore: SessionStore;
  sessions: Sessions;
  cookie: SessionCookie;
}

export function createLogoutRouter(deps: LogoutRouterDeps): Router {
  const { sessionStore, sessions, cookie } = deps;
  const router = new Router();

  router.post('/logout', authenticate(sessions.read, { required: false }), async (ctx) => {
    const trace = getTrace(ctx);
    const session = findSignedInSession(ctx);
    if (session !== null) {
      await trace.step('session.logout.destroy-session', () =>
        sessionStore.destroy(session.storeKey),
      );
    }
    await trace.step('session.logout.clear-cookie', () => clearSessionCookie(ctx, cookie));
    ctx.body = { success: true };
  });

  return router;
}
