/**
 * GET /me: who the access token says you are.
 *
 * Teaches: the answer comes from the users row that jwt.auth.check-revocation already loaded to
 * compare credential versions — so a renamed or disabled user is never described from a stale
 * token. The documents' "no DB lookup" JWT saves exactly this lookup, and with it the ability to
 * withdraw a token before its `exp`.
 *
 * Flow step ids: jwt.auth.* (authenticate.ts), jwt.request.respond.
 * Reference: RFC 6750 §2.1; OWASP JSON Web Token Cheat Sheet, "Token Revocation".
 */
import { getTrace } from '@authlab/http/trace';
import { toPublicUser } from '@authlab/users/users-repository';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { getAuthenticated } from '../middleware/authenticate.ts';

export interface MeRouterDeps {
  authenticate: Middleware;
}

export function createMeRouter(deps: MeRouterDeps): Router {
  const router = new Router();
  // The hot path of every benchmark: timed with record(), not step(), to spare a promise.
  router.get('/me', deps.authenticate, (ctx) => {
    const startedAt = performance.now();
    ctx.body = { user: toPublicUser(getAuthenticated(ctx).user) };
    getTrace(ctx).record('jwt.request.respond', performance.now() - startedAt);
  });
  return router;
}
