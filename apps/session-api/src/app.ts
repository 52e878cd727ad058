/**
 * The session API as a Koa application: `createApp(deps)` wires middleware and routes and returns
 * the app. It reads no environment and opens no port (server.ts does), so tests drive it through
 * `app.callback()` with an in-memory database, a manual clock and real stores.
 *
 * Middleware, outermost first (lab only: recordLabRequests(), the journal of recent requests):
 * 1. traceSteps()          Server-Timing with the flow step ids, on every response (errors too);
 * 2. setSecurityHeaders()  Cache-Control: no-store, nosniff, CSP, X-Instance-Id;
 * 3. handleErrors()        every error → `{error: {code, message}}`, never a stack trace;
 * 4. logRequests()         one line per request, no headers, no bodies;
 * 5. readJsonBody()        JSON only (415), 16 KiB (413), no control characters (400);
 * 6. checkCsrf()           unsafe methods need X-Requested-With and a same-site Origin (403);
 * 7. routes; those that need a user mount `authenticate` (cookie + the store) themselves,
 *    so /healthz and the lab never touch a session.
 *
 * Teaches: an app that is built, not started: everything it needs comes in as `deps`, so tests run
 * the real wiring.
 *
 * Flow step ids: session.csrf.check-request (checkCsrf); the rest in the files it wires.
 * Reference: docs/reference/http-api.md; Koa docs, "Error handling" and "Cascading";
 * OWASP Session Management, CSRF Prevention and REST Security Cheat Sheets.
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
import { authenticate } from './middleware/authenticate.ts';
import { createSessionMiddleware } from './middleware/session.ts';
import { createAdminRouter } from './routes/admin.ts';
import { createHealthRouter } from './routes/health.ts';
import { createLabRouter } from './routes/lab.ts';
import { createLoginRouter } from './routes/login.ts';
import { createLogoutRouter } from './routes/logout.ts';
import { createLogoutAllRouter } from './routes/logout-all.ts';
import { createMeRouter } from './routes/me.ts';
import { createPasswordRouter } from './routes/password.ts';
import { createUsersRouter } from './routes/users.ts';
import { describeSessionCookie } from './session/session-cookie.ts';
import { createStoreKeyDeriver } from './session/session-key.ts';
import type { SessionStore } from './stores/session-store.ts';

export interface AppDeps {
  config: Readonly<Config>;
  users: UsersRepository;
  /** Every expiry decision asks this clock; the lab view needs a `LabClock` (createLabClock). */
  clock: Clock;
  logger: Logger;
  /** Login attempt counters, in the same backend as the sessions (memory or Redis). */
  rateLimitStore: CounterStore;
  sessionStore: SessionStore;
}

export function createApp(deps: AppDeps): Koa {
  const { config, users, clock, logger, rateLimitStore, sessionStore } = deps;
  // `proxy`: trust X-Forwarded-For/-Proto only when TRUST_PROXY says a proxy sets them; otherwise
  // any client could pick its own address and walk around the per-address rate limit.
  // No `keys`: the cookie is not signed; SESSION_SECRET keys the store instead (session-key.ts).
  const app = new Koa({ proxy: config.trustProxy });
  app.on('error', logAppErrors(logger));

  // Every vulnerable lab mode off unless LAB_MODES named it (config.ts refuses that in production).
  const labModes = createLabModes(config.labEnabled ? config.labModes : []);
  // The lab's journal of recent requests (development only): the steps of requests the page did
  // not send itself, e.g. the attacker site's.
  const journal = createLabJournal();
  const cookie = describeSessionCookie(config.cookieSecure);
  const deriveStoreKey = createStoreKeyDeriver(config.sessionSecret);
  const session = createSessionMiddleware(app, {
    store: sessionStore,
    cookie,
    deriveStoreKey,
    labModes,
  });
  const signedIn = authenticate(session);
  const limiter = createLoginRateLimiter({
    store: rateLimitStore,
    clock,
    perAccount: config.loginRateLimitAccount,
    perAddress: config.loginRateLimitAddress,
  });
  const timeouts = {
    idleTimeoutSeconds: config.sessionIdleTimeoutSeconds,
    absoluteTimeoutSeconds: config.sessionAbsoluteTimeoutSeconds,
  };

  if (config.labEnabled) app.use(recordLabRequests(journal, () => clock.now()));
  app.use(traceSteps({ durations: config.serverTimingDurations }));
  app.use(setSecurityHeaders({ instanceId: config.instanceId }));
  app.use(handleErrors());
  app.use(logRequests(logger, { instanceId: config.instanceId }));
  app.use(readJsonBody());
  app.use(
    checkCsrf({
      allowedOrigins: config.allowedOrigins,
      stepId: 'session.csrf.check-request',
      labModes,
    }),
  );

  const routers = [
    createLoginRouter({ users, clock, limiter, session, labModes }),
    createMeRouter({ authenticate: signedIn }),
    createUsersRouter({ users, authenticate: signedIn }),
    createLogoutRouter({ session }),
    createLogoutAllRouter({ sessionStore, authenticate: signedIn, cookie }),
    createAdminRouter({ users, sessionStore, authenticate: signedIn }),
    createPasswordRouter({ users, sessionStore, limiter, authenticate: signedIn, cookie }),
    createHealthRouter({ sessionStore }),
  ];
  if (config.labEnabled) {
    assertLabClock(clock);
    const instanceId = config.instanceId;
    routers.push(
      createLabRouter({
        instanceId,
        clock,
        labModes,
        journal,
        users,
        sessionStore,
        timeouts,
        cookie,
        deriveStoreKey,
      }),
    );
  }
  // One router for the whole API (each file's routes nested in it): a request is matched once and
  // gets one 405/501 check, instead of passing through every file's router in turn.
  const api = new Router();
  for (const router of routers) api.use(router.routes());
  app.use(api.routes()).use(api.allowedMethods());
  return app;
}
