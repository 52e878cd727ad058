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
 * Flow step ids: session.csrf.check-request (app.ts), session.auth.read-cookie,
 * session.auth.load-session, session.logout.destroy-session (koa-session, through the store
 * adapter; it also expires the cookie), session.logout.respond.
 * Reference: OWASP Session Management Cheat Sheet, "Manual Session Expiration" ("the session must
 * be invalidated on the server side"); RFC 6265 §3.1 (an expiry in the past deletes a cookie).
 */
import { getTrace } from '@authlab/http/trace';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { readSession } from '../middleware/authenticate.ts';

export interface LogoutRouterDeps {
  /** koa-session (middleware/session.ts). */
  session: Middleware;
}

export function createLogoutRouter(deps: LogoutRouterDeps): Router {
  const { session } = deps;
  const router = new Router();

  router.post('/logout', session, async (ctx) => {
    const current = readSession(ctx);
    // koa-session README, "Destroying a session": set it to null. With autoCommit off,
    // manuallyCommit() carries it out: the store entry is destroyed, the cookie expired.
    ctx.session = null;
    await current?.manuallyCommit();
    await getTrace(ctx).step('session.logout.respond', () => {
      ctx.body = { success: true };
    });
  });

  return router;
}
