/**
 * The JWT API as a Koa application: everything wired, nothing started. No environment reads, no
 * `listen()` — server.ts does that, and tests call `createApp(...).callback()` with a manual clock.
 *
 * Middleware, outermost first (lab only: recordLabRequests(), the journal of recent requests):
 *   traceSteps()          Server-Timing with the flow step ids, on every response (errors too)
 *   setSecurityHeaders()  no-store, nosniff, CSP, X-Instance-Id
 *   handleErrors()        { error: { code, message } }, never a stack
 *   logRequests()         one line per request, no headers or bodies
 *   readJsonBody()        application/json only, ≤ 16 KiB
 *   checkCsrf()           unsafe methods: X-Requested-With + Sec-Fetch-Site + Origin — needed
 *                         because the refresh token rides in a cookie (jwt.csrf.check-request)
 *   routers               each protected route mounts authenticate() (koa-jwt) itself
 *
 * A signer (its own KeySet) mounts every route, those that issue tokens from routes/issuing.ts.
 * A verifier (JWT_JWKS_URL, `keys: null`) mounts only those that read a token — /me, /users,
 * /admin — with the signer's public keys from its JWKS; the routes that issue tokens answer 404
 * with where to go instead (routes/verifier.ts).
 *
 * Teaches: an app that is built, not started: everything it needs comes in as `deps`, so tests run
 * the real wiring.
 *
 * Flow step ids: jwt.csrf.check-request (checkCsrf); the rest in the files it wires.
 * Reference: Koa docs, "Error Handling" and "app.callback()"; docs/reference/http-api.md.
 */
import { assertLabClock, type Clock } from '@authlab/http/clock';
import { createLabJournal, recordLabRequests } from '@authlab/http/lab-journal';
import { createLabModes } from '@authlab/http/lab-modes';
import type { Logger } from '@authlab/http/logger';
import { checkCsrf } from '@authlab/http/middleware/check-csrf';
import { handleErrors, logAppErrors } from '@authlab/http/middleware/handle-errors';
import { logRequests } from '@authlab/http/middleware/log-requests';
import { readJsonBody } from '@authlab/http/middleware/read-json-body';
import { setSecurityHeaders } from '@authlab/http/middleware/set-security-headers';
import { type CounterStore, createLoginRateLimiter } from '@authlab/http/rate-limit';
import { traceSteps } from '@authlab/http/trace';
import type { UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import Koa from 'koa';
import type { Config } from './config.ts';
import { createJwksKeyLoader } from './keys/jwks-key-loader.ts';
import type { KeySet } from './keys/key-set.ts';
import { recordFamilyHistory } from './lab/family-history.ts';
import { createLabRouters } from './lab/lab-routers.ts';
import { authenticate } from './middleware/authenticate.ts';
import { createAdminRouter } from './routes/admin.ts';
import { createHealthRouter } from './routes/health.ts';
import { createIssuingRouters } from './routes/issuing.ts';
import { createMeRouter } from './routes/me.ts';
import { createUsersRouter } from './routes/users.ts';
import { createVerifierRouter } from './routes/verifier.ts';
import type { RevocationStore } from './stores/revocation-store.ts';
import { createUserTokenRevoker } from './tokens/revoke-user-tokens.ts';

export interface AppDeps {
  config: Readonly<Config>;
  users: UsersRepository;
  /** Decides iat/exp and every expiry check; the lab view needs a `LabClock` (createLabClock). */
  clock: Clock;
  logger: Logger;
  rateLimitStore: CounterStore;
  revocationStore: RevocationStore;
  /** A signer's own keys; `null` on a verifier (config.jwtJwksUrl), which fetches public ones. */
  keys: KeySet | null;
}

/** The key for a token header: from the signer's own KeySet, or fetched from its JWKS. */
function findKeyFor(config: Readonly<Config>, keys: KeySet | null) {
  if (keys !== null) return keys.findVerificationKey;
  if (config.jwtJwksUrl === null) throw new Error('Without keys, createApp needs a JWT_JWKS_URL.');
  return createJwksKeyLoader({ jwksUri: config.jwtJwksUrl, algorithm: config.jwtAlgorithm });
}

export function createApp(deps: AppDeps): Koa {
  const { config, users, clock, logger, rateLimitStore, keys } = deps;
  const app = new Koa({ proxy: config.trustProxy });
  app.on('error', logAppErrors(logger));

  // Lab only: the same store, with each refresh family's rotation history noted for the lab view.
  const recorded = config.labEnabled ? recordFamilyHistory(deps.revocationStore, clock) : null;
  const revocationStore = recorded?.store ?? deps.revocationStore;
  // Every vulnerable lab mode off unless LAB_MODES named it (config.ts refuses that in production).
  const labModes = createLabModes(config.labEnabled ? config.labModes : []);
  // The lab's journal of recent requests (development only): the steps of requests the page did
  // not send itself, e.g. the attacker site's.
  const journal = createLabJournal();

  const limiter = createLoginRateLimiter({
    store: rateLimitStore,
    clock,
    perAccount: config.loginRateLimitAccount,
    perAddress: config.loginRateLimitAddress,
  });
  const requireToken = authenticate({
    findKey: findKeyFor(config, keys),
    algorithm: config.jwtAlgorithm,
    clock,
    revocationStore,
    labModes,
  });
  const revokeUserTokens = createUserTokenRevoker(users, revocationStore);

  if (config.labEnabled) app.use(recordLabRequests(journal, () => clock.now()));
  app.use(traceSteps({ durations: config.serverTimingDurations }));
  app.use(setSecurityHeaders({ instanceId: config.instanceId }));
  app.use(handleErrors());
  app.use(logRequests(logger, { instanceId: config.instanceId }));
  app.use(readJsonBody());
  app.use(checkCsrf({ allowedOrigins: config.allowedOrigins, stepId: 'jwt.csrf.check-request' }));

  const routers: Router[] = [
    createHealthRouter({ revocationStore }),
    createMeRouter({ authenticate: requireToken }),
    createUsersRouter({ authenticate: requireToken, users }),
    createAdminRouter({ authenticate: requireToken, users, revokeUserTokens }),
    ...(keys === null
      ? [createVerifierRouter()]
      : createIssuingRouters({
          ...deps,
          revocationStore,
          keys,
          authenticate: requireToken,
          limiter,
          revokeUserTokens,
          labModes,
        })),
  ];
  if (recorded !== null) {
    assertLabClock(clock);
    const { instanceId, cookieSecure, accessTokenTtlSeconds } = config;
    routers.push(
      ...createLabRouters({
        instanceId,
        clock,
        labModes,
        journal,
        cookieSecure,
        keys,
        users,
        revocationStore,
        familyHistory: recorded.history,
        accessTokenTtlSeconds,
        attackerOrigin: config.labAttackerOrigin,
      }),
    );
  }

  // One root router: its layers are a copy of every route, so a request is matched once (not once
  // per router) and one allowedMethods() answers 405 for all of them.
  const api = new Router();
  for (const router of routers) api.use(router.routes());
  app.use(api.routes()).use(api.allowedMethods());
  return app;
}
