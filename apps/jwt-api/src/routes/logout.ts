/**
 * POST /logout: make this login's tokens useless, not just forgotten.
 *
 * Teaches: deleting tokens on the client (the documents' logout) revokes nothing — a copy keeps
 * working until `exp`. So the server denylists the access token's `jti` until its `exp` (plus the
 * clock tolerance; after that the signature check refuses it anyway) and revokes the refresh
 * family named by the token's `fid`. The refresh cookie itself never reaches this route
 * (Path=/refresh): `fid` is how logout finds it. The answer expires the cookie in the browser too.
 *
 * Flow step ids: jwt.auth.*, jwt.logout.deny-access-token, jwt.logout.revoke-family,
 * jwt.logout.respond.
 * Reference: OWASP JSON Web Token Cheat Sheet for Java, "No Built-In Token Revocation by the User";
 * RFC 7009 (token revocation) §2.1 (revoking a refresh token ends what it grants); RFC 9700 §4.14.
 */

import Router from '@koa/router';
import type { Middleware } from 'koa';
import { getAuthenticated } from '../middleware/authenticate.ts';
import type { RevocationStore } from '../stores/revocation-store.ts';
import type { RefreshTokens } from '../tokens/refresh-tokens.ts';
import { CLOCK_TOLERANCE_SECONDS } from '../tokens/token-claims.ts';
import { getTrace } from '../trace.ts';

export interface LogoutRouterDeps {
  authenticate: Middleware;
  revocationStore: RevocationStore;
  refreshTokens: RefreshTokens;
}

export function createLogoutRouter(deps: LogoutRouterDeps): Router {
  const { authenticate, revocationStore, refreshTokens } = deps;
  const router = new Router();
  router.post('/logout', authenticate, async (ctx) => {
    const { claims } = getAuthenticated(ctx);
    const trace = getTrace(ctx);
    const acceptedUntilMs = (claims.exp + CLOCK_TOLERANCE_SECONDS) * 1000;
    await trace.step('jwt.logout.deny-access-token', () =>
      revocationStore.denyAccessToken(claims.jti, acceptedUntilMs),
    );
    await trace.step('jwt.logout.revoke-family', () =>
      revocationStore.revokeFamily(claims.fid, 'logout'),
    );
    await trace.step('jwt.logout.respond', () => {
      refreshTokens.clearCookie(ctx);
      ctx.body = { success: true };
    });
  });
  return router;
}
