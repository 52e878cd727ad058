/**
 * GET /users?limit=&cursor=: one page of the user list (at most 100, keyset-paginated, with the
 * total), for admins only. Authorization reads the role from the session the server stored at login (require-admin.ts): no extra lookup, and nothing the client can edit.
 *
 * Step ids: session.auth.read-cookie, session.auth.load-session, session.request.authorize,
 * session.request.query-users, session.request.respond.
 * Reference: OWASP Authorization Cheat Sheet ("Deny by Default"); docs/reference/http-api.md.
 */
import { getTrace } from '@authlab/http/trace';
import { parseUsersPageQuery, toUsersPageBody } from '@authlab/http/users-page';
import { toPublicUser, type UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { requireAdmin } from '../middleware/require-admin.ts';

export interface UsersRouterDeps {
  users: UsersRepository;
  authenticate: Middleware;
}

export function createUsersRouter(deps: UsersRouterDeps): Router {
  const { users, authenticate } = deps;
  const router = new Router();

  router.get('/users', authenticate, requireAdmin('session.request.authorize'), async (ctx) => {
    const trace = getTrace(ctx);
    const { afterId, limit } = parseUsersPageQuery(ctx.query);
    const page = await trace.step('session.request.query-users', () => ({
      ...users.listUsersPage(afterId, limit),
      total: users.countUsers(),
    }));
    await trace.step('session.request.respond', () => {
      ctx.body = toUsersPageBody(page.users.map(toPublicUser), page.nextAfterId, page.total);
    });
  });

  return router;
}
