/**
 * POST /me/password: change the password, and end every login that knew the old one.
 *
 * Teaches: a password change is often the reaction to a suspected compromise, so every token
 * issued before it must stop working — including the caller's own (the web app logs in again).
 * The new hash bumps the credential version; the route's explicit bump is the revocation step all
 * such routes share. The current password is required (a stolen access token alone must not be
 * enough to lock the owner out) and wrong guesses count against the login rate limit.
 *
 * Flow step ids: jwt.auth.*, jwt.password.verify-current, jwt.password.update-hash,
 * jwt.revoke.bump-credential-version, jwt.password.respond.
 * Reference: OWASP ASVS 4.0 V2.1.5/V3.3.3 ("terminate all other active sessions after a successful
 * change of password"); OWASP Authentication Cheat Sheet, "Change Password Feature".
 */
import { ForbiddenError } from '@authlab/http/errors';
import type { LoginRateLimiter } from '@authlab/http/rate-limit';
import { parseBody } from '@authlab/http/validate';
import { newPasswordSchema } from '@authlab/users/schemas';
import type { UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';
import { getAuthenticated } from '../middleware/authenticate.ts';
import type { RefreshTokens } from '../tokens/refresh-tokens.ts';
import type { RevokeUserTokens } from '../tokens/revoke-user-tokens.ts';
import { getTrace } from '../trace.ts';

const changePasswordBodySchema = z.object({
  current_password: z.string().min(1),
  new_password: newPasswordSchema,
});

export interface PasswordRouterDeps {
  authenticate: Middleware;
  users: UsersRepository;
  limiter: LoginRateLimiter;
  refreshTokens: RefreshTokens;
  revokeUserTokens: RevokeUserTokens;
}

export function createPasswordRouter(deps: PasswordRouterDeps): Router {
  const { authenticate, users, limiter, refreshTokens, revokeUserTokens } = deps;
  const router = new Router();
  router.post('/me/password', authenticate, async (ctx) => {
    const { claims } = getAuthenticated(ctx);
    const userId = Number(claims.sub);
    const body = parseBody(changePasswordBodySchema, ctx.request.body);
    const trace = getTrace(ctx);
    await trace.step('jwt.password.verify-current', async () => {
      await limiter.check(claims.email, ctx.ip);
      if ((await users.verifyCredentials(claims.email, body.current_password)) === null) {
        await limiter.recordFailure(claims.email, ctx.ip);
        // 403, not 401: the token is fine, and a 401 would send the client's interceptor off to
        // refresh it (or tell it the user was logged out).
        throw new ForbiddenError('The current password is incorrect.');
      }
    });
    await trace.step('jwt.password.update-hash', () =>
      users.changePassword(userId, body.new_password),
    );
    await trace.step('jwt.revoke.bump-credential-version', () => revokeUserTokens(userId));
    await trace.step('jwt.password.respond', () => {
      refreshTokens.clearCookie(ctx);
      ctx.body = { success: true };
    });
  });
  return router;
}
