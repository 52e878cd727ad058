/**
 * Admin revocation: end another user's logins (DELETE /admin/users/:id/sessions) and disable or
 * re-enable an account (PATCH /admin/users/:id).
 *
 * Teaches: an administrator cannot reach into other people's browsers to delete tokens; bumping the
 * user's credential version (revoke-user-tokens.ts) is what makes every token they hold fail on
 * its next use (access: jwt.auth.check-revocation; refresh: /refresh). A disabled user cannot log
 * in or refresh either. The route is named "sessions" to mirror the session API: for JWTs the
 * "sessions" are the refresh families and the access tokens issued from them.
 *
 * An unknown or malformed user id is 404 not_found; an admin cannot disable their own account.
 * `setDisabled` already bumps the version in its own UPDATE, so the refresh tokens die with that
 * write; the revocation step that follows (shared by every such route) bumps again and raises the
 * floor that refuses the access tokens. A crash between the two leaves the access tokens alive
 * until they expire (a memory store that restarts refuses them all: its epoch). An extra
 * increment is harmless: tokens are only ever compared with the current version or the floor.
 *
 * Flow step ids: jwt.auth.*, jwt.revoke.authorize, jwt.revoke.update-user,
 * jwt.revoke.bump-credential-version, jwt.revoke.respond.
 * Reference: OWASP Authorization Cheat Sheet; OWASP Session Management Cheat Sheet ("Manual
 * Session Expiration"); OWASP JSON Web Token Cheat Sheet ("Token Revocation").
 */
import { ForbiddenError } from '@authlab/http/errors';
import { getTrace } from '@authlab/http/trace';
import { parseBody, parseIdParam } from '@authlab/http/validate';
import { toPublicUser, type UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';
import { getAuthenticated } from '../middleware/authenticate.ts';
import { requireAdmin } from '../middleware/require-admin.ts';
import type { RevokeUserTokens } from '../tokens/revoke-user-tokens.ts';

const patchUserBodySchema = z.strictObject({ disabled: z.boolean() });

export interface AdminRouterDeps {
  authenticate: Middleware;
  users: UsersRepository;
  revokeUserTokens: RevokeUserTokens;
}

export function createAdminRouter(deps: AdminRouterDeps): Router {
  const { authenticate, users, revokeUserTokens } = deps;
  const router = new Router({ prefix: '/admin/users' });
  const adminOnly = [authenticate, requireAdmin('jwt.revoke.authorize')];

  router.delete('/:id/sessions', ...adminOnly, async (ctx) => {
    const userId = parseIdParam(ctx.params.id);
    const trace = getTrace(ctx);
    await trace.step('jwt.revoke.bump-credential-version', () => revokeUserTokens(userId));
    await trace.step('jwt.revoke.respond', () => {
      ctx.body = { success: true };
    });
  });

  router.patch('/:id', ...adminOnly, async (ctx) => {
    const userId = parseIdParam(ctx.params.id);
    const { disabled } = parseBody(patchUserBodySchema, ctx.request.body);
    const trace = getTrace(ctx);
    await trace.step('jwt.revoke.update-user', () => {
      // The demo has one admin: disabling it would lock everyone out of the admin routes.
      if (disabled && String(userId) === getAuthenticated(ctx).claims.sub) {
        throw new ForbiddenError('You cannot disable your own account.');
      }
      return users.setDisabled(userId, disabled);
    });
    const user = await trace.step('jwt.revoke.bump-credential-version', () =>
      revokeUserTokens(userId),
    );
    await trace.step('jwt.revoke.respond', () => {
      ctx.body = { success: true, user: toPublicUser(user) };
    });
  });

  return router;
}
