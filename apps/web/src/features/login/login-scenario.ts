/**
 * Login, on both APIs (document 004, "Login Flow"; document 002, "User Logs In").
 *
 * Flows: session.login; jwt.login (access token in memory, refresh token in an HttpOnly cookie);
 * jwt.storage-documents in the documents' mode (both tokens in the body, then in localStorage —
 * and the one line of injected script that reads them back).
 */
import { logInToJwtApi } from '../../lib/jwt-actions.ts';
import type { Scenario } from '../../lib/scenario.ts';
import { logInToSessionApi } from '../../lib/session-actions.ts';

export const loginScenario: Scenario = {
  id: 'login',
  sessionFlowIds: () => ['session.login'],
  jwtFlowIds: (options) =>
    options.tokenStorage === 'memory' ? ['jwt.login'] : ['jwt.storage-documents'],
  async runSession(lab, options) {
    await logInToSessionApi(lab, options.credentials, 'main', {
      submit: 'session.login.submit',
      keep: 'session.login.keep-cookie',
    });
  },
  async runJwt(lab, options) {
    if (options.tokenStorage === 'memory') {
      await logInToJwtApi(lab, options.credentials, 'main', {
        submit: 'jwt.login.submit',
        keep: 'jwt.login.keep-tokens',
      });
      return;
    }
    const response = await logInToJwtApi(lab, options.credentials, 'main', {
      submit: 'jwt.storage-documents.login',
      keep: 'jwt.storage-documents.save-to-local-storage',
    });
    if (response.status !== 200) return;
    // What one injected script gets: everything, in one call. Read here, never sent anywhere.
    await lab.browserStep('jwt.storage-documents.xss-reads-tokens', () => {
      JSON.stringify(window.localStorage);
    });
  },
};
