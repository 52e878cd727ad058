/**
 * POST /logout-all: end every login of the caller, on every device, at once.
 *
 * Teaches: JWTs cannot be listed and deleted like sessions; instead each token carries the user's
 * credential version (`ver`), and bumping the version in the users table makes every token issued
 * before — access and refresh, on every instance — fail jwt.auth.check-revocation and /refresh.
 * One indexed UPDATE instead of a per-user index of tokens.
 *
 * Flow step ids: jwt.auth.*, jwt.revoke.bump-credential-version, jwt.logout-all.respond.
 * Reference: OWASP Session Management Cheat Sheet, "Manual Session Expiration" (log out of all
 * sessions); OWASP JSON Web Token Cheat Sheet, "Token Revocation".
 */
import { getTrace } from '@authlab/http/trace';
import type { UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { getAuthenticated } from '../middleware/authenticate.ts';
import type { RefreshTokens } from '../tokens/refresh-tokens.ts';

export interface LogoutAllRouterDeps {
  authenticate: Middleware;
  users: UsersRepository;
  refreshTokens: RefreshTokens;
}

export function createLogoutAllRouter(deps: LogoutAllRouterDeps): Router {
  const { authenticate, users, refreshTokens } = deps;
  const router = new Router();
  router.post('/logout-all', authenticate, async (ctx) => {
    const { user } = getAuthenticated(ctx);
    const trace = getTrace(ctx);
    await trace.step('jwt.revoke.bump-credential-version', () =>
      users.bumpCredentialVersion(user.id),
    );
    await trace.step('jwt.logout-all.respond', () => {
      refreshTokens.clearCookie(ctx);
      ctx.body = { success: true };
    });
  });
  return router;
}
