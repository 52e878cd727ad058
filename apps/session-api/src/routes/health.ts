/**
 * GET /healthz: can this instance serve sessions right now? It answers 503 while the session store
 * is unreachable, so a load balancer stops sending it traffic that would only get 503s anyway.
 * No session is read here: a health probe carries no cookie and must not depend on one.
 *
 * Teaches: a session API is only as available as its session store, and says so.
 *
 * Flow step ids: none (a health probe is not part of any flow).
 * Reference: docs/reference/http-api.md; RFC 9110 §15.6.4 (503 Service Unavailable).
 */
import Router from '@koa/router';
import type { SessionStore } from '../stores/session-store.ts';

export interface HealthRouterDeps {
  sessionStore: SessionStore;
}

export function createHealthRouter(deps: HealthRouterDeps): Router {
  const { sessionStore } = deps;
  const router = new Router();

  router.get('/healthz', async (ctx) => {
    const ok = await sessionStore.ping();
    ctx.status = ok ? 200 : 503;
    if (!ok) ctx.set('Retry-After', '1');
    ctx.body = { status: ok ? 'ok' : 'unavailable', store: { kind: sessionStore.kind, ok } };
  });

  return router;
}
