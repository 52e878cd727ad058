/**
 * Admin revocation: end another user's sessions at once, or disable the account (which ends them
 * too). With server-side sessions this is immediate and complete: the entries are deleted from the
 * store, so the very next request carrying one of those ids is refused — no waiting for an expiry.
 *
 * The user table is updated BEFORE the sessions are deleted: once disabled, the user cannot log in
 * again between the two steps, and a store outage in the second step answers 503 so the admin
 * knows to retry (the account is disabled either way).
 *
 * Teaches: an administrator ends another user's sessions at once by deleting them from the store.
 *
 * Flow step ids: session.csrf.check-request (app.ts), session.auth.read-cookie,
 * session.auth.load-session, session.revoke.authorize, session.revoke.update-user,
 * session.revoke.destroy-user-sessions, session.revoke.respond.
 * Reference: OWASP Session Management Cheat Sheet, "Manual Session Expiration"; ASVS 5.0 V7.4.2
 * ("terminate all active sessions when a user account is disabled or deleted").
 */
import { ForbiddenError, NotFoundError } from '@authlab/http/errors';
import { parseBody, parseIdParam } from '@authlab/http/validate';
import { toPublicUser, type UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';
import { getSignedInSession } from '../middleware/authenticate.ts';
import { requireAdmin } from '../middleware/require-admin.ts';
import type { SessionStore } from '../stores/session-store.ts';
import { getTrace } from '../trace.ts';

const patchUserBodySchema = z.strictObject({ disabled: z.boolean() });

export interface AdminRouterDeps {
  users: UsersRepository;
  sessionStore: SessionStore;
  authenticate: Middleware;
}

export function createAdminRouter(deps: AdminRouterDeps): Router {
  const { users, sessionStore, authenticate } = deps;
  const router = new Router({ prefix: '/admin/users' });
  const adminOnly = [authenticate, requireAdmin('session.revoke.authorize')];

  router.delete('/:id/sessions', ...adminOnly, async (ctx) => {
    const userId = parseIdParam(ctx.params.id);
    const trace = getTrace(ctx);
    const ended = await trace.step('session.revoke.destroy-user-sessions', () => {
      if (users.findUserById(userId) === null) throw new NotFoundError();
      return sessionStore.destroyUserSessions(userId);
    });
    await trace.step('session.revoke.respond', () => {
      ctx.body = { success: true, ended };
    });
  });

  router.patch('/:id', ...adminOnly, async (ctx) => {
    const userId = parseIdParam(ctx.params.id);
    const { disabled } = parseBody(patchUserBodySchema, ctx.request.body);
    const trace = getTrace(ctx);
    const user = await trace.step('session.revoke.update-user', () => {
      // The demo has one admin: disabling it would lock everyone out of the admin routes.
      if (disabled && userId === getSignedInSession(ctx).userId) {
        throw new ForbiddenError('You cannot disable your own account.');
      }
      return users.setDisabled(userId, disabled);
    });
    // Also when re-enabling: harmless (a disabled user has no sessions) and keeps one sequence.
    await trace.step('session.revoke.destroy-user-sessions', () =>
      sessionStore.destroyUserSessions(userId),
    );
    await trace.step('session.revoke.respond', () => {
      ctx.body = { success: true, user: toPublicUser(user) };
    });
  });

  return router;
}
