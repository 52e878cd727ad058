/**
 * Token refresh (document 004, "Token Refresh Flow (JWT Only)"): the server clock jumps past the
 * access token's exp; the next GET /users earns a 401, the axios interceptor refreshes once and
 * retries. With "10 at once", ten requests fail together and still cause exactly one refresh.
 *
 * The session column waits the same 16 minutes and simply works: there is nothing to refresh, the
 * idle deadline slides on each request (flow session.request).
 *
 * Flows: jwt.refresh, session.request.
 */
import { ACCESS_TOKEN_TTL_SECONDS } from '@authlab/flows/timelines';
import { send } from '../../lib/http-client.ts';
import { ensureJwtLogin } from '../../lib/jwt-actions.ts';
import type { Scenario } from '../../lib/scenario.ts';
import { ensureSessionLogin } from '../../lib/session-actions.ts';

/** One minute past the access token's lifetime. */
export const PAST_ACCESS_TOKEN_EXPIRY_SECONDS = ACCESS_TOKEN_TTL_SECONDS + 60;

export const tokenRefreshScenario: Scenario = {
  id: 'token-refresh',
  sessionFlowIds: () => ['session.request'],
  jwtFlowIds: () => ['jwt.refresh'],
  async runSession(lab, options) {
    await ensureSessionLogin(lab, options.credentials);
    await lab.moveServerClock(PAST_ACCESS_TOKEN_EXPIRY_SECONDS);
    try {
      await lab.browserStep('session.request.send');
      await Promise.all(
        Array.from({ length: options.refreshRequests }, () => send(lab.http.get('/users'))),
      );
    } finally {
      await lab.moveServerClock(0);
    }
  },
  async runJwt(lab, options) {
    await ensureJwtLogin(lab, options.credentials);
    await lab.moveServerClock(PAST_ACCESS_TOKEN_EXPIRY_SECONDS);
    try {
      await lab.browserStep('jwt.refresh.send-expired');
      await Promise.all(
        Array.from({ length: options.refreshRequests }, () => send(lab.http.get('/users'))),
      );
    } finally {
      await lab.moveServerClock(0);
    }
  },
};
