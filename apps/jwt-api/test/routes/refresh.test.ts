import {
  CSRF_HEADERS,
  http,
  readSetCookie,
  requestSteps,
  stepIdsOf,
  stepsOf,
} from '@authlab/http/testing/http';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin } from '../helpers/build-test-app.ts';
import {
  bearer,
  decodePart,
  expectInvalidToken,
  JANE,
  JOHN,
  withRefreshCookie,
} from '../helpers/http.ts';

const SUCCESS_TRACE = requestSteps('jwt.refresh', 1);

describe('POST /refresh', () => {
  const testApp = buildTestApp();
  afterAll(() => testApp.close());
  const api = http(testApp);
  const refreshWithCookie = (token: string) =>
    api.post('/refresh').set(withRefreshCookie(token)).send();
  const refreshWithBody = (token: string) =>
    api.post('/refresh').set(CSRF_HEADERS).send({ refresh_token: token });
  const familyOf = async (familyId: string) => testApp.revocationStore.findFamily(familyId);

  it('rotates a cookie-delivered refresh token and answers in the cookie', async () => {
    const login = await mintLogin(testApp, JOHN.id, 'cookie');

    const response = await refreshWithCookie(login.refreshToken);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      success: true,
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 900,
    });
    expect(stepIdsOf(response)).toEqual(SUCCESS_TRACE);
    const cookie = readSetCookie(response, 'authlab.rt');
    expect(cookie?.attributes.get('path')).toBe('/refresh');
    expect(cookie?.value).not.toBe(login.refreshToken);
    expect(decodePart(cookie?.value ?? '', 1).fid).toBe(login.familyId);
    expect((await familyOf(login.familyId))?.rotations).toBe(1);
    const me = await api.get('/me').set(bearer(response.body.access_token));
    expect(me.status).toBe(200);
  });

  it('rotates a body-delivered refresh token and answers in the body', async () => {
    const login = await mintLogin(testApp, JANE.id, 'body');

    const response = await refreshWithBody(login.refreshToken);

    expect(response.status).toBe(200);
    expect(response.body.refresh_token).toEqual(expect.any(String));
    expect(response.body.refresh_token).not.toBe(login.refreshToken);
    expect(response.body.refresh_expires_in).toBe(604_800);
    expect(readSetCookie(response, 'authlab.rt')?.value ?? '').toBe('');
    const again = await refreshWithBody(response.body.refresh_token);
    expect(again.status).toBe(200);
  });

  it('answers 401 invalid_token without a refresh token', async () => {
    const response = await api.post('/refresh').set(CSRF_HEADERS).send();

    expectInvalidToken(response);
    expect(stepsOf(response)).toEqual([
      'jwt.csrf.check-request',
      'jwt.refresh.read-refresh-token:absent',
      'jwt.refresh.reject',
    ]);
  });

  it('detects reuse of a rotated refresh token and revokes the whole family', async () => {
    const login = await mintLogin(testApp, JOHN.id, 'cookie');
    const first = await refreshWithCookie(login.refreshToken);
    const rotated = readSetCookie(first, 'authlab.rt')?.value ?? '';

    const replay = await refreshWithCookie(login.refreshToken);

    expectInvalidToken(replay);
    expect(stepsOf(replay)).toEqual([
      'jwt.csrf.check-request',
      'jwt.refresh.read-refresh-token',
      'jwt.refresh.verify-refresh-token:reused',
      'jwt.refresh.reject',
    ]);
    expect(readSetCookie(replay, 'authlab.rt')?.value).toBe('');
    expect((await familyOf(login.familyId))?.revokedReason).toBe('reuse');
    // The legitimate holder's current token dies with the family, and so do its access tokens.
    expectInvalidToken(await refreshWithCookie(rotated));
    expectInvalidToken(await api.get('/me').set(bearer(first.body.access_token)));
  });

  it('lets exactly one of five parallel refreshes with one token win, then revokes the family', async () => {
    const login = await mintLogin(testApp, JOHN.id, 'cookie');

    const responses = await Promise.all(
      Array.from({ length: 5 }, () => refreshWithCookie(login.refreshToken)),
    );

    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 401, 401, 401, 401]);
    const family = await familyOf(login.familyId);
    expect(family?.revokedReason).toBe('reuse');
    expect(family?.rotations).toBe(1);
    const [winner] = responses.filter((response) => response.status === 200);
    const winnerToken = winner === undefined ? '' : readSetCookie(winner, 'authlab.rt')?.value;
    expectInvalidToken(await refreshWithCookie(winnerToken ?? ''));
  });

  it('refuses a cookie-mode refresh token sent in the body, without revoking the family', async () => {
    const login = await mintLogin(testApp, JOHN.id, 'cookie');

    const response = await refreshWithBody(login.refreshToken);

    expectInvalidToken(response);
    expect(stepsOf(response)).toContain('jwt.refresh.verify-refresh-token:denied');
    expect((await refreshWithCookie(login.refreshToken)).status).toBe(200);
  });

  it('refuses a body-mode refresh token sent in the cookie', async () => {
    const login = await mintLogin(testApp, JOHN.id, 'body');

    expectInvalidToken(await refreshWithCookie(login.refreshToken));
  });

  it('refuses an access token presented as a refresh token', async () => {
    const login = await mintLogin(testApp, JOHN.id, 'body');

    const response = await refreshWithBody(login.accessToken);

    expectInvalidToken(response);
    expect(stepsOf(response)).toContain('jwt.refresh.verify-refresh-token:failed');
  });

  it('refuses the refresh token of a family ended by logout', async () => {
    const login = await mintLogin(testApp, JANE.id, 'cookie');
    await api.post('/logout').set({ ...CSRF_HEADERS, ...bearer(login.accessToken) });

    const response = await refreshWithCookie(login.refreshToken);

    expectInvalidToken(response);
    expect(stepsOf(response)).toContain('jwt.refresh.verify-refresh-token:denied');
  });

  it('refuses a refresh token issued before the credential version was bumped', async () => {
    const login = await mintLogin(testApp, JANE.id, 'body');
    testApp.users.bumpCredentialVersion(JANE.id);

    const response = await refreshWithBody(login.refreshToken);

    expectInvalidToken(response);
    expect(stepsOf(response)).toContain('jwt.refresh.verify-refresh-token:denied');
  });

  it('refreshes with the current role and name from the users table', async () => {
    const login = await mintLogin(testApp, JOHN.id, 'body');

    const response = await refreshWithBody(login.refreshToken);

    const claims = decodePart(response.body.access_token, 1);
    expect(claims).toMatchObject({
      sub: '42',
      name: 'John Doe',
      role: 'admin',
      fid: login.familyId,
    });
    expect(claims.jti).not.toBe(decodePart(login.accessToken, 1).jti);
  });
});
