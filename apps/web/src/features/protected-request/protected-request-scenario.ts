/**
 * A protected request, GET /users (document 004, "Protected API Request Flow"): the browser sends
 * the session cookie by itself; the page attaches the access token itself. A user who is not an
 * admin gets 403 on both sides — authorization is checked on every request.
 *
 * Flows: session.request, jwt.request. With an expired access token the JWT side also shows the
 * interceptor's refresh (jwt.refresh steps, listed beside the flow).
 */

import { send } from '../../lib/http-client.ts';
import { ensureJwtLogin } from '../../lib/jwt-actions.ts';
import type { Scenario } from '../../lib/scenario.ts';
import { ensureSessionLogin } from '../../lib/session-actions.ts';

export const protectedRequestScenario: Scenario = {
  id: 'protected-request',
  sessionFlowIds: () => ['session.request'],
  jwtFlowIds: () => ['jwt.request'],
  async runSession(lab, options) {
    await ensureSessionLogin(lab, options.credentials);
    await lab.browserStep('session.request.send');
    await send(lab.http.get('/users'));
  },
  async runJwt(lab, options) {
    await ensureJwtLogin(lab, options.credentials);
    await lab.browserStep('jwt.request.send');
    await send(lab.http.get('/users'));
  },
};
