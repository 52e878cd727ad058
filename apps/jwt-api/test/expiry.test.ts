import { http, readSetCookie, stepsOf } from '@authlab/http/testing/http';
import { createTestClock } from '@authlab/http/testing/test-defaults';
import { describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin } from './helpers/build-test-app.ts';
import { bearer, decodePart, expectInvalidToken, JOHN, withRefreshCookie } from './helpers/http.ts';

const DAY_SECONDS = 24 * 60 * 60;

describe('expiry', () => {
  it('expires the access token 15 minutes after login (with 5 s of clock tolerance)', async () => {
    const clock = createTestClock();
    const testApp = buildTestApp({ clock });
    const { accessToken } = await mintLogin(testApp, JOHN.id);

    clock.advanceSeconds(14 * 60);
    expect((await http(testApp).get('/me').set(bearer(accessToken))).status).toBe(200);
    clock.advanceSeconds(60 + 5);
    const expired = await http(testApp).get('/me').set(bearer(accessToken));

    expectInvalidToken(expired);
    expect(stepsOf(expired)).toContain('jwt.auth.check-claims:expired');
  });

  it('expires an unused refresh token after 7 days', async () => {
    const clock = createTestClock();
    const testApp = buildTestApp({ clock });
    const { refreshToken } = await mintLogin(testApp, JOHN.id);

    clock.advanceSeconds(7 * DAY_SECONDS + 5);
    const response = await http(testApp).post('/refresh').set(withRefreshCookie(refreshToken));

    expectInvalidToken(response);
    expect(stepsOf(response)).toContain('jwt.refresh.verify-refresh-token:expired');
  });

  it('ends the refresh family 30 days after login, however often it was refreshed', async () => {
    const clock = createTestClock();
    const testApp = buildTestApp({ clock });
    const login = await mintLogin(testApp, JOHN.id);
    const familyEnd = decodePart(login.accessToken, 1).iat as number;
    let refreshToken = login.refreshToken;

    for (let day = 6; day <= 24; day += 6) {
      clock.advanceSeconds(6 * DAY_SECONDS);
      const response = await http(testApp).post('/refresh').set(withRefreshCookie(refreshToken));
      expect(response.status).toBe(200);
      refreshToken = readSetCookie(response, 'authlab.rt')?.value ?? '';
    }
    // Issued on day 24: 7 days would reach day 31, so it is cut at the family's end on day 30.
    expect(decodePart(refreshToken, 1).exp).toBe(familyEnd + 30 * DAY_SECONDS);
    clock.advanceSeconds(6 * DAY_SECONDS + 5);
    const response = await http(testApp).post('/refresh').set(withRefreshCookie(refreshToken));

    expectInvalidToken(response);
    expect(stepsOf(response)).toContain('jwt.refresh.verify-refresh-token:expired');
  });

  it('forgets denylisted tokens once they have expired', async () => {
    const clock = createTestClock();
    const testApp = buildTestApp({ clock });
    const { accessToken } = await mintLogin(testApp, JOHN.id);
    await http(testApp)
      .post('/logout')
      .set({ 'X-Requested-With': 'authlab', ...bearer(accessToken) });
    expect((await testApp.revocationStore.describeState(50)).denylist.entries).toHaveLength(1);

    clock.advanceSeconds(15 * 60 + 6);

    expect((await testApp.revocationStore.describeState(50)).denylist.entries).toHaveLength(0);
    expectInvalidToken(await http(testApp).get('/me').set(bearer(accessToken)));
  });
});
