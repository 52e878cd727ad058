/**
 * POST /login: password in, an access token and a refresh token out.
 *
 * Teaches: the access token goes in the JSON body for the page to keep IN MEMORY (not
 * localStorage, where any injected script can read it); the refresh token goes, by default, into
 * an HttpOnly cookie that only /refresh receives. `refresh_delivery: "body"` is the documents'
 * mode (both tokens in JSON, kept in localStorage by the page), kept as a labelled option so the
 * two can be compared. The choice is remembered by the refresh family: /refresh answers in the same
 * mode and refuses a token that arrives by the other channel.
 *
 * Errors are enumeration-safe: one 401 invalid_credentials for an unknown email, a wrong password
 * or a disabled account, after the same work; failures are rate-limited per account and per
 * client address (the socket's, unless TRUST_PROXY).
 *
 * Flow step ids: jwt.login.rate-limit, jwt.login.verify-credentials, jwt.login.sign-access-token,
 * jwt.login.issue-refresh-token, jwt.login.respond (jwt.csrf.check-request runs before).
 * Reference: RFC 6749 §5.1 (token response fields); RFC 9700 §4.14 (refresh tokens);
 * OWASP Authentication Cheat Sheet ("Authentication Responses", "Protect Against Automated
 * Attacks"); OWASP HTML5 Security Cheat Sheet, "Local Storage".
 */

import type { JwtLoginAnswer } from '@authlab/flows/api-types';
import { InvalidCredentialsError } from '@authlab/http/errors';
import type { LoginRateLimiter } from '@authlab/http/rate-limit';
import { parseBody } from '@authlab/http/validate';
import { toPublicUser, type UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import { z } from 'zod';
import type { RefreshTokens } from '../tokens/refresh-tokens.ts';
import { createTokenId, type TokenSigner } from '../tokens/sign-tokens.ts';
import { getTrace } from '../trace.ts';

const loginBodySchema = z.object({
  email: z.string().max(320),
  password: z.string().max(1024),
  refresh_delivery: z.enum(['cookie', 'body']).default('cookie'),
});

export interface LoginRouterDeps {
  users: UsersRepository;
  limiter: LoginRateLimiter;
  signer: TokenSigner;
  refreshTokens: RefreshTokens;
}

export function createLoginRouter(deps: LoginRouterDeps): Router {
  const { users, limiter, signer, refreshTokens } = deps;
  const router = new Router();

  router.post('/login', async (ctx) => {
    const {
      email,
      password,
      refresh_delivery: delivery,
    } = parseBody(loginBodySchema, ctx.request.body);
    const trace = getTrace(ctx);
    await trace.step('jwt.login.rate-limit', () => limiter.check(email, ctx.ip));
    const user = await trace.step('jwt.login.verify-credentials', async () => {
      const verified = await users.verifyCredentials(email, password);
      if (verified === null) {
        await limiter.recordFailure(email, ctx.ip);
        throw new InvalidCredentialsError();
      }
      await limiter.recordSuccess(email);
      return verified;
    });
    const familyId = createTokenId();
    const access = await trace.step('jwt.login.sign-access-token', () =>
      signer.signAccessToken(user, familyId),
    );
    const refresh = await trace.step('jwt.login.issue-refresh-token', () =>
      refreshTokens.startFamily(user, familyId, delivery),
    );
    await trace.step('jwt.login.respond', () => {
      ctx.body = {
        success: true,
        user: toPublicUser(user),
        access_token: access.token,
        token_type: 'Bearer',
        expires_in: access.expiresIn,
        ...refreshTokens.deliver(ctx, delivery, refresh),
      } satisfies JwtLoginAnswer;
    });
  });

  return router;
}
