/**
 * Logout (document 004, "Logout Flow"), each followed by the test that matters: a copy of the old
 * credential, replayed afterwards.
 *
 * Flows: session.logout; jwt.logout (denylist + family revocation, the default); the documents'
 * jwt.logout-client-only as a labelled mode (the page deletes its tokens, the server learns
 * nothing, and the replayed copy still works until exp).
 */
import { ensureJwtLogin, logOutOfJwtApi } from '../../lib/jwt-actions.ts';
import type { Scenario, ScenarioOptions } from '../../lib/scenario.ts';
import { ensureSessionLogin, logOutOfSessionApi } from '../../lib/session-actions.ts';

export function selectJwtLogoutFlow(options: ScenarioOptions): string {
  return options.logoutMode === 'client-only' ? 'jwt.logout-client-only' : 'jwt.logout';
}

export const logoutScenario: Scenario = {
  id: 'logout',
  sessionFlowIds: () => ['session.logout'],
  jwtFlowIds: (options) => [selectJwtLogoutFlow(options)],
  async runSession(lab, options) {
    await ensureSessionLogin(lab, options.credentials);
    await logOutOfSessionApi(lab);
  },
  async runJwt(lab, options) {
    await ensureJwtLogin(lab, options.credentials);
    await logOutOfJwtApi(lab, options.logoutMode);
  },
};
