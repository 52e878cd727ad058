/**
 * GET /me: who am I? The session says which user (its id came from the server's own store);
 * the user's current public fields come from the users table.
 *
 * Step ids: session.auth.read-cookie, session.auth.load-session (authenticate.ts),
 * session.request.respond.
 * Reference: docs/reference/http-api.md; OWASP Session Management Cheat Sheet.
 */
import { UnauthenticatedError } from '@authlab/http/errors';
import { getTrace } from '@authlab/http/trace';
import { toPublicUser, type UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { getSignedInSession } from '../middleware/authenticate.ts';

export interface MeRouterDeps {
  users: UsersRepository;
  authenticate: Middleware;
}

export function createMeRouter(deps: MeRouterDeps): Router {
  const { users, authenticate } = deps;
  const router = new Router();

  router.get('/me', authenticate, async (ctx) => {
    const { userId } = getSignedInSession(ctx);
    await getTrace(ctx).step('session.request.respond', () => {
      const user = users.findUserById(userId);
      // Users are never deleted today; if one were, its sessions would lead nowhere.
      if (user === null) throw new UnauthenticatedError();
      ctx.body = { user: toPublicUser(user) };
    });
  });

  return router;
}
