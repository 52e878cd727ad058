/**
 * POST /me/password: change the password, then end EVERY session of the user — this one included.
 *
 * A password change is what a user does when they suspect someone else is signed in as them, so
 * the sessions opened with the old password must die with it; the user signs in again with the
 * new one. The current password is required (a stolen session alone must not be enough to take
 * the account over), and its guesses count against the login rate limit.
 *
 * Teaches: a password change ends every session of the user (ASVS V3.3.3).
 *
 * Flow step ids: session.csrf.check-request (app.ts), session.auth.read-cookie,
 * session.auth.load-session, session.password.verify-current, session.password.update-hash,
 * session.revoke.destroy-user-sessions, session.password.respond.
 * Reference: OWASP Session Management Cheat Sheet, "Renew the Session ID After Any Privilege
 * Level Change"; ASVS 5.0 V7.4.3 (terminate other sessions after a password change); OWASP
 * Authentication Cheat Sheet, "Change Password Feature" (require the current password).
 */
import { ForbiddenError, UnauthenticatedError } from '@authlab/http/errors';
import type { LoginRateLimiter } from '@authlab/http/rate-limit';
import { parseBody } from '@authlab/http/validate';
import { newPasswordSchema } from '@authlab/users/schemas';
import type { UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';
import { getSignedInSession } from '../middleware/authenticate.ts';
import { clearSessionCookie, type SessionCookie } from '../session/session-cookie.ts';
import type { SessionStore } from '../stores/session-store.ts';
import { getTrace } from '../trace.ts';

const changePasswordBodySchema = z.object({
  current_password: z.string().min(1),
  new_password: newPasswordSchema,
});

export interface PasswordRouterDeps {
  users: UsersRepository;
  sessionStore: SessionStore;
  limiter: LoginRateLimiter;
  authenticate: Middleware;
  cookie: SessionCookie;
}

export function createPasswordRouter(deps: PasswordRouterDeps): Router {
  const { users, sessionStore, limiter, authenticate, cookie } = deps;
  const router = new Router();

  router.post('/me/password', authenticate, async (ctx) => {
    const body = parseBody(changePasswordBodySchema, ctx.request.body);
    const { userId } = getSignedInSession(ctx);
    const trace = getTrace(ctx);
    await trace.step('session.password.verify-current', async () => {
      const user = users.findUserById(userId);
      if (user === null) throw new UnauthenticatedError();
      await limiter.check(user.email, ctx.ip);
      if ((await users.verifyCredentials(user.email, body.current_password)) === null) {
        await limiter.recordFailure(user.email, ctx.ip);
        // 403, not 401: the session is fine (a 401 would tell the client it was signed out).
        throw new ForbiddenError('The current password is incorrect.');
      }
    });
    await trace.step('session.password.update-hash', () =>
      users.changePassword(userId, body.new_password),
    );
    await trace.step('session.revoke.destroy-user-sessions', () =>
      sessionStore.destroyUserSessions(userId),
    );
    await trace.step('session.password.respond', () => {
      clearSessionCookie(ctx, cookie);
      ctx.body = { success: true };
    });
  });

  return router;
}
