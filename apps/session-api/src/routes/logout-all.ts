/**
 * POST /logout-all: end every session of the signed-in user, on every device, at once — one
 * deletion in the shared store ("log out everywhere", e.g. after losing a phone).
 *
 * Teaches: with server-side sessions, "log out everywhere" is one delete per session.
 *
 * Flow step ids: session.csrf.check-request (app.ts), session.auth.read-cookie,
 * session.auth.load-session, session.revoke.destroy-user-sessions, session.logout-all.respond.
 * Reference: OWASP Session Management Cheat Sheet, "Manual Session Expiration"; ASVS 5.0 V7.4
 * (session termination: "the user can terminate any or all currently active sessions").
 */

import Router from '@koa/router';
import type { Middleware } from 'koa';
import { getSignedInSession } from '../middleware/authenticate.ts';
import { clearSessionCookie, type SessionCookie } from '../session/session-cookie.ts';
import type { SessionStore } from '../stores/session-store.ts';
import { getTrace } from '../trace.ts';

export interface LogoutAllRouterDeps {
  sessionStore: SessionStore;
  authenticate: Middleware;
  cookie: SessionCookie;
}

export function createLogoutAllRouter(deps: LogoutAllRouterDeps): Router {
  const { sessionStore, authenticate, cookie } = deps;
  const router = new Router();

  router.post('/logout-all', authenticate, async (ctx) => {
    const trace = getTrace(ctx);
    const { userId } = getSignedInSession(ctx);
    const ended = await trace.step('session.revoke.destroy-user-sessions', () =>
      sessionStore.destroyUserSessions(userId),
    );
    await trace.step('session.logout-all.respond', () => {
      clearSessionCookie(ctx, cookie);
      ctx.body = { success: true, ended };
    });
  });

  return router;
}
