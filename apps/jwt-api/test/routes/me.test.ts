import { CSRF_HEADERS, http, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin } from '../helpers/build-test-app.ts';
import { bearer, expectInvalidToken, JOHN } from '../helpers/http.ts';

describe('GET /me', () => {
  const testApp = buildTestApp();
  afterAll(() => testApp.close());
  const api = http(testApp);

  it('returns the logged-in user', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);

    const response = await api.get('/me').set(bearer(accessToken));

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      user: { id: 42, email: 'john@example.com', name: 'John Doe', role: 'admin', disabled: false },
    });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(stepIdsOf(response)).toEqual([
      'jwt.auth.verify-token',
      'jwt.auth.check-revocation',
      'jwt.auth.check-claims',
      'jwt.request.respond',
    ]);
  });

  it('answers 401 without a credential', async () => {
    const response = await api.get('/me');

    expectInvalidToken(response);
    expect(stepsOf(response)).toEqual(['jwt.auth.verify-token:absent', 'jwt.auth.reject']);
  });

  it('accepts the Bearer scheme in any letter case (RFC 9110 §11.1)', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);

    const response = await api.get('/me').set('Authorization', `bearer ${accessToken}`);

    expect(response.status).toBe(200);
  });

  it('refuses another scheme or extra parts in the Authorization header', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);

    for (const header of [`Basic ${accessToken}`, `Bearer ${accessToken} extra`, 'Bearer']) {
      const response = await api.get('/me').set('Authorization', header);
      expectInvalidToken(response);
      expect(stepsOf(response)).toEqual(['jwt.auth.verify-token:failed', 'jwt.auth.reject']);
    }
  });

  it('answers 405 method_not_allowed for a method the route does not have', async () => {
    const response = await api.delete('/me').set(CSRF_HEADERS);

    expect(response.status).toBe(405);
    expect(response.body.error.code).toBe('method_not_allowed');
  });

  it('answers 404 not_found in JSON for an unknown path', async () => {
    const response = await api.get('/nothing-here');

    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('ignores a token sent in a cookie', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);

    const response = await api
      .get('/me')
      .set('Cookie', `access_token=${accessToken}; jwt=${accessToken}`);

    expectInvalidToken(response);
  });
});
