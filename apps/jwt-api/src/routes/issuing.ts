/**
 * The routes that issue or end tokens — /.well-known/jwks.json, /login, /refresh, /logout,
 * /logout-all, /password — wired to one signer and one refresh-token family store. Only an
 * instance holding the signing key mounts them (app.ts); a verifier answers 404 with where to go
 * instead (verifier.ts).
 *
 * Teaches: which routes need the private key. Everything that mints a token (login, refresh) or
 * changes what a refresh cookie may do (logout, password) lives where the key is; reading a token
 * (/me, /users, /admin) needs only the public key, so any instance can do it.
 *
 * Flow step ids: none of its own (each route it wires records its steps).
 * Reference: RFC 7517 §5 (JWK Set); RFC 9700 §4.14.2 (refresh token rotation); docs/architecture.md.
 */
import type { Clock } from '@authlab/http/clock';
import type { LabModes } from '@authlab/http/lab-modes';
import type { createLoginRateLimiter } from '@authlab/http/rate-limit';
import type { UsersRepository } from '@authlab/users/users-repository';
import type Router from '@koa/router';
import type { Middleware } from 'koa';
import type { Config } from '../config.ts';
import type { KeySet } from '../keys/key-set.ts';
import type { RevocationStore } from '../stores/revocation-store.ts';
import { createRefreshTokens } from '../tokens/refresh-tokens.ts';
import type { createUserTokenRevoker } from '../tokens/revoke-user-tokens.ts';
import { createTokenSigner } from '../tokens/sign-tokens.ts';
import { createRefreshTokenVerifier } from '../tokens/verify-refresh-token.ts';
import { createJwksRouter } from './jwks.ts';
import { createLoginRouter } from './login.ts';
import { createLogoutRouter } from './logout.ts';
import { createLogoutAllRouter } from './logout-all.ts';
import { createPasswordRouter } from './password.ts';
import { createRefreshRouter } from './refresh.ts';

export interface IssuingRoutersDeps {
  config: Readonly<Config>;
  users: UsersRepository;
  clock: Clock;
  revocationStore: RevocationStore;
  keys: KeySet;
  /** koa-jwt, mounted by the routes that need a signed-in caller. */
  authenticate: Middleware;
  limiter: ReturnType<typeof createLoginRateLimiter>;
  revokeUserTokens: ReturnType<typeof createUserTokenRevoker>;
  labModes: LabModes;
}

export function createIssuingRouters(deps: IssuingRoutersDeps): Router[] {
  const { config, users, clock, revocationStore, keys, authenticate, limiter, revokeUserTokens } =
    deps;
  const signer = createTokenSigner({
    keys,
    clock,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
  });
  const refreshTokens = createRefreshTokens({
    store: revocationStore,
    signer,
    clock,
    cookieSecure: config.cookieSecure,
    refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
    refreshFamilyMaxAgeSeconds: config.refreshFamilyMaxAgeSeconds,
  });
  const verifyRefreshToken = createRefreshTokenVerifier(keys, clock);
  return [
    createJwksRouter({ keys }),
    createLoginRouter({ users, limiter, signer, refreshTokens }),
    createRefreshRouter({
      users,
      clock,
      revocationStore,
      refreshTokens,
      verifyRefreshToken,
      signer,
      labModes: deps.labModes,
    }),
    createLogoutRouter({ authenticate, revocationStore, refreshTokens }),
    createLogoutAllRouter({ authenticate, revokeUserTokens, refreshTokens }),
    createPasswordRouter({ authenticate, users, limiter, refreshTokens, revokeUserTokens }),
  ];
}
