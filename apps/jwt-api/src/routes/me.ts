/**
 * GET /me: who the access token says you are.
 *
 * Teaches: the answer comes from the token's claims alone (sub, email, name, role), as the
 * session API answers from the session: no database query. That is the documents' "no DB lookup"
 * — but not "no lookup": jwt.auth.check-revocation has already asked the revocation store whether
 * this token was withdrawn (logout, logout-all, password change, disabling) before its `exp`.
 * The profile is the one of login time; nothing in this API edits an email, name or role.
 *
 * Flow step ids: jwt.auth.* (authenticate.ts), jwt.request.respond.
 * Reference: RFC 6750 §2.1; OWASP JSON Web Token Cheat Sheet for Java, "Token Revocation".
 */

import type { MeAnswer } from '@authlab/flows/api-types';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { getAuthenticated } from '../middleware/authenticate.ts';
import { toCallerUser } from '../tokens/token-claims.ts';
import { getTrace } from '../trace.ts';

export interface MeRouterDeps {
  authenticate: Middleware;
}

export function createMeRouter(deps: MeRouterDeps): Router {
  const router = new Router();
  // The hot path of every benchmark: timed with record(), not step(), to spare a promise.
  router.get('/me', deps.authenticate, (ctx) => {
    const startedAt = performance.now();
    ctx.body = { user: toCallerUser(getAuthenticated(ctx).claims) } satisfies MeAnswer;
    getTrace(ctx).record('jwt.request.respond', performance.now() - startedAt);
  });
  return router;
}
