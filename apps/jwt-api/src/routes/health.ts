/**
 * GET /healthz: can this instance serve authenticated requests right now?
 *
 * Teaches: a JWT API that checks revocation depends on its store as much as a session API does —
 * with the store down it refuses tokens (fails closed), so it reports itself unavailable (503) and
 * a load balancer can route around it. No credentials, no user data, no trace.
 *
 * Flow step ids: none (a health probe is not part of any flow).
 * Reference: RFC 9110 §15.6.4 (503); OWASP Error Handling Cheat Sheet (fail securely).
 */
import Router from '@koa/router';
import type { RevocationStore } from '../stores/revocation-store.ts';

export interface HealthRouterDeps {
  revocationStore: RevocationStore;
}

export function createHealthRouter(deps: HealthRouterDeps): Router {
  const { revocationStore } = deps;
  const router = new Router();
  router.get('/healthz', async (ctx) => {
    const ok = await revocationStore.ping();
    ctx.status = ok ? 200 : 503;
    if (!ok) ctx.set('Retry-After', '1');
    ctx.body = { status: ok ? 'ok' : 'unavailable', store: { kind: revocationStore.kind, ok } };
  });
  return router;
}
