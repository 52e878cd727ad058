import { CSRF_HEADERS, http, stepsOf } from '@authlab/http/testing/http';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin } from './helpers/build-test-app.ts';
import { bearer, JOHN, withRefreshCookie } from './helpers/http.ts';

// The refresh cookie is sent by the browser on its own, so /refresh (and every other unsafe
// route) is a CSRF target even in a JWT API.
describe('CSRF', () => {
  const testApp = buildTestApp();
  afterAll(() => testApp.close());
  const api = http(testApp);

  it('rejects a cross-site request', async () => {
    const { refreshToken } = await mintLogin(testApp, JOHN.id);

    const response = await api
      .post('/refresh')
      .set({ ...withRefreshCookie(refreshToken), 'Sec-Fetch-Site': 'cross-site' });

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_rejected');
    expect(stepsOf(response)).toEqual(['jwt.csrf.check-request:denied']);
    expect((await api.post('/refresh').set(withRefreshCookie(refreshToken))).status).toBe(200);
  });

  it('rejects a foreign Origin', async () => {
    for (const origin of ['https://attacker.example', 'null']) {
      const response = await api.post('/refresh').set({ ...CSRF_HEADERS, Origin: origin });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('csrf_rejected');
    }
  });

  it('protects token routes too: a forged logout leaves the login alive', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);

    const response = await api
      .post('/logout')
      .set({ ...CSRF_HEADERS, ...bearer(accessToken), Origin: 'https://evil.example' });

    expect(response.status).toBe(403);
    expect((await api.get('/me').set(bearer(accessToken))).status).toBe(200);
  });

  it('lets a same-origin request from an allowed Origin through', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);

    const response = await api.post('/logout').set({
      ...CSRF_HEADERS,
      ...bearer(accessToken),
      Origin: 'http://localhost:5173',
      'Sec-Fetch-Site': 'same-origin',
    });

    expect(response.status).toBe(200);
  });

  it('rejects a request without the custom header', async () => {
    const { refreshToken } = await mintLogin(testApp, JOHN.id);

    const response = await api.post('/refresh').set('Cookie', `authlab.rt=${refreshToken}`).send();

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_rejected');
  });
});
