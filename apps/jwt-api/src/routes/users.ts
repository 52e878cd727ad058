/**
 * GET /users?limit=&cursor=: one page of the user list (at most 100, keyset-paginated, with the
 * total), for admins.
 *
 * Teaches: authorization is a second decision after authentication. It is read from the signed
 * `role` claim (require-admin.ts); a non-admin gets 403 forbidden, not 401 — the token is fine,
 * the permission is missing.
 *
 * Flow step ids: jwt.auth.*, jwt.request.authorize, jwt.request.query-users, jwt.request.respond.
 * Reference: OWASP Authorization Cheat Sheet; RFC 9110 §15.5.4 (403).
 */
import { getTrace } from '@authlab/http/trace';
import { parseUsersPageQuery, toUsersPageBody } from '@authlab/http/users-page';
import { toPublicUser, type UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { requireAdmin } from '../middleware/require-admin.ts';

export interface UsersRouterDeps {
  authenticate: Middleware;
  users: UsersRepository;
}

export function createUsersRouter(deps: UsersRouterDeps): Router {
  const { authenticate, users } = deps;
  const router = new Router();
  router.get('/users', authenticate, requireAdmin('jwt.request.authorize'), async (ctx) => {
    const trace = getTrace(ctx);
    const { afterId, limit } = parseUsersPageQuery(ctx.query);
    const page = await trace.step('jwt.request.query-users', () => ({
      ...users.listUsersPage(afterId, limit),
      total: users.countUsers(),
    }));
    await trace.step('jwt.request.respond', () => {
      ctx.body = toUsersPageBody(page.users.map(toPublicUser), page.nextAfterId, page.total);
    });
  });
  return router;
}
