/**
 * POST /logout-all: end every login of the caller, on every device, at once.
 *
 * Teaches: JWTs cannot be listed and deleted like sessions; instead each token carries the user's
 * credential version (`ver`), and bumping it (revoke-user-tokens.ts) makes every token issued
 * before — access and refresh, on every instance sharing the store — fail
 * jwt.auth.check-revocation and /refresh. No per-user index of tokens is needed.
 *
 * Flow step ids: jwt.auth.*, jwt.revoke.bump-credential-version, jwt.logout-all.respond.
 * Reference: OWASP Session Management Cheat Sheet, "Manual Session Expiration" (log out of all
 * sessions); OWASP JSON Web Token Cheat Sheet for Java, "Token Revocation".
 */

import Router from '@koa/router';
import type { Middleware } from 'koa';
import { getAuthenticated } from '../middleware/authenticate.ts';
import type { RefreshTokens } from '../tokens/refresh-tokens.ts';
import type { RevokeUserTokens } from '../tokens/revoke-user-tokens.ts';
import { getTrace } from '../trace.ts';

export interface LogoutAllRouterDeps {
  authenticate: Middleware;
  revokeUserTokens: RevokeUserTokens;
  refreshTokens: RefreshTokens;
}

export function createLogoutAllRouter(deps: LogoutAllRouterDeps): Router {
  const { authenticate, revokeUserTokens, refreshTokens } = deps;
  const router = new Router();
  router.post('/logout-all', authenticate, async (ctx) => {
    const userId = Number(getAuthenticated(ctx).claims.sub);
    const trace = getTrace(ctx);
    await trace.step('jwt.revoke.bump-credential-version', () => revokeUserTokens(userId));
    await trace.step('jwt.logout-all.respond', () => {
      refreshTokens.clearCookie(ctx);
      ctx.body = { success: true };
    });
  });
  return router;
}
