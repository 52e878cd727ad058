import { CSRF_HEADERS, http, readSetCookie, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin } from '../helpers/build-test-app.ts';
import { bearer, expectInvalidToken, JANE, JOHN, withRefreshCookie } from '../helpers/http.ts';

describe('POST /logout', () => {
  const testApp = buildTestApp();
  afterAll(() => testApp.close());
  const api = http(testApp);
  const logOut = (accessToken: string) =>
    api
      .post('/logout')
      .set({ ...CSRF_HEADERS, ...bearer(accessToken) })
      .send();

  it('ends the login', async () => {
    const login = await mintLogin(testApp, JOHN.id, 'cookie');

    const response = await logOut(login.accessToken);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ success: true });
    expect(stepIdsOf(response)).toEqual([
      'jwt.csrf.check-request',
      'jwt.auth.extract-token',
      'jwt.auth.verify-signature',
      'jwt.auth.check-claims',
      'jwt.auth.check-revocation',
      'jwt.logout.deny-access-token',
      'jwt.logout.revoke-family',
      'jwt.logout.respond',
    ]);
    const cleared = readSetCookie(response, 'authlab.rt');
    expect(cleared?.value).toBe('');
    expect(cleared?.attributes.get('path')).toBe('/refresh');
    expect(cleared?.attributes.get('expires')).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    const state = await testApp.revocationStore.describeState(50);
    expect(
      state.families.entries.find((family) => family.id === login.familyId)?.revokedReason,
    ).toBe('logout');
    expect(state.denylist.entries.map((entry) => entry.jti)).toHaveLength(1);
  });

  it('rejects a replay of the old credential after logout', async () => {
    const login = await mintLogin(testApp, JANE.id, 'cookie');
    await logOut(login.accessToken);

    const replayedAccess = await api.get('/me').set(bearer(login.accessToken));
    const replayedRefresh = await api.post('/refresh').set(withRefreshCookie(login.refreshToken));

    expectInvalidToken(replayedAccess);
    expect(stepsOf(replayedAccess)).toEqual([
      'jwt.auth.extract-token',
      'jwt.auth.verify-signature',
      'jwt.auth.check-claims',
      'jwt.auth.check-revocation:denied',
      'jwt.auth.reject',
    ]);
    expectInvalidToken(replayedRefresh);
  });

  it('rejects a replay of both tokens after logout in body mode', async () => {
    const login = await mintLogin(testApp, JANE.id, 'body');
    await logOut(login.accessToken);

    expectInvalidToken(await api.get('/me').set(bearer(login.accessToken)));
    expectInvalidToken(
      await api.post('/refresh').set(CSRF_HEADERS).send({ refresh_token: login.refreshToken }),
    );
  });

  it('ends the access tokens issued earlier in the same family', async () => {
    const login = await mintLogin(testApp, JOHN.id, 'body');
    const refreshed = await api
      .post('/refresh')
      .set(CSRF_HEADERS)
      .send({ refresh_token: login.refreshToken });

    await logOut(refreshed.body.access_token);

    expectInvalidToken(await api.get('/me').set(bearer(login.accessToken)));
  });

  it('leaves the other logins of the user alone', async () => {
    const laptop = await mintLogin(testApp, JOHN.id);
    const phone = await mintLogin(testApp, JOHN.id);

    await logOut(laptop.accessToken);

    expect((await api.get('/me').set(bearer(phone.accessToken))).status).toBe(200);
  });

  it('answers 401 invalid_token without a credential', async () => {
    expectInvalidToken(await api.post('/logout').set(CSRF_HEADERS).send());
  });
});
