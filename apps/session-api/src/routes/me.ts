/**
 * GET /me: who am I? Answered from the session alone: the server stored the public user (id,
 * email, name, role) in it at login, so this costs no database query — the one store lookup
 * `authenticate` already made is all. The session cannot describe a user that has changed since:
 * nothing edits a user's email, name or role, and disabling a user or changing their password ends
 * every one of their sessions (so a live session's user is never `disabled`).
 *
 * Teaches: a protected route answers from the session the server stored, with no database query.
 *
 * Flow step ids: session.auth.read-cookie, session.auth.load-session (authenticate.ts),
 * session.request.respond.
 * Reference: docs/reference/http-api.md; OWASP Session Management Cheat Sheet.
 */

import type { MeAnswer } from '@authlab/flows/api-types';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { getSignedInSession } from '../middleware/authenticate.ts';
import { getTrace } from '../trace.ts';

export interface MeRouterDeps {
  authenticate: Middleware;
}

export function createMeRouter(deps: MeRouterDeps): Router {
  const { authenticate } = deps;
  const router = new Router();

  router.get('/me', authenticate, (ctx) => {
    const startedAt = performance.now();
    const { userId, email, name, role } = getSignedInSession(ctx);
    ctx.body = { user: { id: userId, email, name, role, disabled: false } } satisfies MeAnswer;
    getTrace(ctx).record('session.request.respond', performance.now() - startedAt);
  });

  return router;
}
