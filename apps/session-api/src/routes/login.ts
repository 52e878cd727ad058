/**
 * POST /login: check the password, then start a NEW server-side session and hand the browser
 * nothing but its id, in an HttpOnly cookie.
 *
 * - Throttled per account and per client address BEFORE the password is checked (429 + Retry-After).
 *   The address is `ctx.ip`, which only honours X-Forwarded-For when TRUST_PROXY is set, so a
 *   client cannot dodge the limit by inventing that header.
 * - Unknown email, wrong password and disabled account: the same work and the same 401
 *   `invalid_credentials` (status, body, headers), so the answer does not reveal which emails exist.
 * - Only then is koa-session asked for the session the browser came with (an attacker may have
 *   planted the id); `regenerate()` destroys that id in the store and saves the user's session
 *   under a NEW one, so a planted id never becomes an authenticated id (fixation). Nothing touches
 *   the session store before the credentials are verified.
 * - Lab only: the VULNERABLE lab mode `fixation-keep-pre-login-id` skips `regenerate()` and saves
 *   the user into the session the browser came with, so the attack lab can show a planted id
 *   becoming authenticated; the response is labelled (X-Authlab-Lab-Mode).
 * - Login is CSRF-checked too (app.ts): a hostile page could otherwise sign the victim into the
 *   attacker's account ("login CSRF").
 *
 * Teaches: a login that reveals nothing about which accounts exist, and a new session id for every
 * login.
 *
 * Flow step ids: session.csrf.check-request (app.ts), session.login.rate-limit,
 * session.login.verify-credentials, then koa-session's: session.auth.read-cookie,
 * session.login.regenerate-id, session.login.store-session, session.login.set-cookie.
 * Reference: OWASP Authentication Cheat Sheet ("Authentication Responses", "Protect Against
 * Automated Attacks"); OWASP Session Management Cheat Sheet ("Renew the Session ID After Any
 * Privilege Level Change"); OWASP CSRF Prevention Cheat Sheet ("Login CSRF").
 */

import type { LoginAnswer } from '@authlab/flows/api-types';
import type { Clock } from '@authlab/http/clock';
import { InvalidCredentialsError } from '@authlab/http/errors';
import { type LabModes, markLabMode } from '@authlab/http/lab-modes';
import type { LoginRateLimiter } from '@authlab/http/rate-limit';
import { parseBody } from '@authlab/http/validate';
import type { User } from '@authlab/users/users-repository';
import { toPublicUser, type UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';
import { readSession } from '../middleware/authenticate.ts';
import { getTrace } from '../trace.ts';

// Only the types are checked here: the users package decides what a valid email or password is,
// with the same work for a malformed one, so a format error cannot tell accounts apart either.
const loginBodySchema = z.object({ email: z.string().min(1), password: z.string().min(1) });

export interface LoginRouterDeps {
  users: UsersRepository;
  clock: Clock;
  limiter: LoginRateLimiter;
  /** koa-session (middleware/session.ts). */
  session: Middleware;
  labModes: LabModes;
}

export function createLoginRouter(deps: LoginRouterDeps): Router {
  const { users, clock, limiter, session, labModes } = deps;
  const router = new Router();

  const checkCredentials: Middleware = async (ctx, next) => {
    const { email, password } = parseBody(loginBodySchema, ctx.request.body);
    const trace = getTrace(ctx);
    await trace.step('session.login.rate-limit', () => limiter.check(email, ctx.ip));
    const user = await trace.step('session.login.verify-credentials', async () => {
      const verified = await users.verifyCredentials(email, password);
      if (verified === null) {
        await limiter.recordFailure(email, ctx.ip);
        throw new InvalidCredentialsError();
      }
      await limiter.recordSuccess(email);
      return verified;
    });
    ctx.state.user = user;
    return next();
  };

  router.post('/login', checkCredentials, session, async (ctx) => {
    const user: User = ctx.state.user;
    const current = readSession(ctx);
    if (current === null) throw new Error('koa-session must run before this handler.');
    const nowMs = clock.now();
    Object.assign(current, {
      userId: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      createdAt: nowMs,
      lastSeenAt: nowMs,
    });
    if (labModes.isOn('fixation-keep-pre-login-id') && !current.isNew) {
      // VULNERABLE lab mode only (off by default, refused in production): the id the browser
      // came with — possibly one an attacker planted — now names the user's session.
      markLabMode(ctx, 'fixation-keep-pre-login-id');
      await current.manuallyCommit();
    } else {
      await current.regenerate();
    }
    ctx.body = { success: true, user: toPublicUser(user) } satisfies LoginAnswer;
  });

  return router;
}
