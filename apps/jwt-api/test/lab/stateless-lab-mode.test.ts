/**
 * The lab mode `jwt-stateless-no-revocation` (the documents' stateless JWT): while it is on, a
 * logged-out access token and refresh token keep working until their `exp`, labelled; with it off
 * (the default) the same replays are refused at once; and production refuses to start with it.
 */
import { CSRF_HEADERS, http, requestSteps, stepIdsOf } from '@authlab/http/testing/http';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { buildTestApp, mintLogin, TEST_JWT_SECRET } from '../helpers/build-test-app.ts';
import { bearer, expectInvalidToken, JANE } from '../helpers/http.ts';

const MODE = 'jwt-stateless-no-revocation';

describe.each([
  ['on', { LAB_MODES: MODE }],
  ['off', {}],
] as const)('replay after logout with the stateless lab mode %s', (state, env) => {
  const testApp = buildTestApp({ env });
  afterAll(() => testApp.close());
  const api = http(testApp);
  const on = state === 'on';

  async function loggedOut() {
    const login = await mintLogin(testApp, JANE.id, 'body');
    const logout = await api.post('/logout').set({ ...CSRF_HEADERS, ...bearer(login.accessToken) });
    expect(logout.status).toBe(200);
    return login;
  }

  it(on ? 'accepts the access token until exp, labelled' : 'refuses the access token', async () => {
    const login = await loggedOut();

    const replay = await api.get('/me').set(bearer(login.accessToken));

    if (on) {
      expect(replay.status).toBe(200);
      expect(replay.headers['x-authlab-lab-mode']).toBe(MODE);
      expect(stepIdsOf(replay)).toEqual(requestSteps('jwt.attack-replay-after-logout', 0));
      testApp.clock.advanceSeconds(testApp.config.accessTokenTtlSeconds + 10);
      const afterExp = await api.get('/me').set(bearer(login.accessToken));
      expectInvalidToken(afterExp);
      expect(stepIdsOf(afterExp)).toEqual(requestSteps('jwt.attack-replay-after-logout', 1));
    } else {
      expectInvalidToken(replay);
      expect(replay.headers['x-authlab-lab-mode']).toBeUndefined();
    }
  });

  it(
    on ? 'accepts the refresh token again and again, unrotated' : 'refuses the refresh token',
    async () => {
      const login = await loggedOut();
      const refresh = () =>
        api.post('/refresh').set(CSRF_HEADERS).send({ refresh_token: login.refreshToken });

      const first = await refresh();
      const second = await refresh();

      if (on) {
        expect([first.status, second.status]).toEqual([200, 200]);
        expect(second.body.refresh_token).toBe(login.refreshToken);
        expect(second.headers['x-authlab-lab-mode']).toBe(MODE);
        expect(stepIdsOf(second)).toEqual(requestSteps('jwt.attack-replay-after-logout', 2));
      } else {
        expectInvalidToken(first);
        expectInvalidToken(second);
      }
    },
  );
});

describe('the stateless lab mode in production', () => {
  it('is refused at start-up', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET, LAB_MODES: MODE }),
    ).toThrow(/LAB_MODES/);
  });
});
