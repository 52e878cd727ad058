import { CSRF_HEADERS, http, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin } from '../helpers/build-test-app.ts';
import { bearer, expectInvalidToken, JANE, JOHN } from '../helpers/http.ts';

describe('DELETE /admin/users/:id/sessions', () => {
  const testApp = buildTestApp();
  afterAll(() => testApp.close());
  const api = http(testApp);

  it("ends another user's logins at once", async () => {
    const admin = await mintLogin(testApp, JOHN.id);
    const jane = await mintLogin(testApp, JANE.id, 'body');

    const response = await api
      .delete(`/admin/users/${JANE.id}/sessions`)
      .set({ ...CSRF_HEADERS, ...bearer(admin.accessToken) });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ success: true });
    expect(stepIdsOf(response).slice(-3)).toEqual([
      'jwt.revoke.authorize',
      'jwt.revoke.bump-credential-version',
      'jwt.revoke.respond',
    ]);
    expectInvalidToken(await api.get('/me').set(bearer(jane.accessToken)));
    expectInvalidToken(
      await api.post('/refresh').set(CSRF_HEADERS).send({ refresh_token: jane.refreshToken }),
    );
    expect((await api.get('/me').set(bearer(admin.accessToken))).status).toBe(200);
  });

  it('answers 403 forbidden for a non-admin', async () => {
    const jane = await mintLogin(testApp, JANE.id);

    const response = await api
      .delete(`/admin/users/${JOHN.id}/sessions`)
      .set({ ...CSRF_HEADERS, ...bearer(jane.accessToken) });

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(stepsOf(response).slice(-1)).toEqual(['jwt.revoke.authorize:denied']);
  });

  it('answers 404 not_found for an unknown or malformed user id', async () => {
    const admin = await mintLogin(testApp, JOHN.id);

    for (const id of ['999', '0', '42abc', "1' OR 1=1"]) {
      const response = await api
        .delete(`/admin/users/${encodeURIComponent(id)}/sessions`)
        .set({ ...CSRF_HEADERS, ...bearer(admin.accessToken) });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
  });
});

describe('PATCH /admin/users/:id', () => {
  const testApp = buildTestApp();
  afterAll(() => testApp.close());
  const api = http(testApp);

  it('disabling a user ends their logins', async () => {
    const admin = await mintLogin(testApp, JOHN.id);
    const jane = await mintLogin(testApp, JANE.id, 'body');

    const response = await api
      .patch(`/admin/users/${JANE.id}`)
      .set({ ...CSRF_HEADERS, ...bearer(admin.accessToken) })
      .send({ disabled: true });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      success: true,
      user: { id: 43, email: 'jane@example.com', name: 'Jane Roe', role: 'user', disabled: true },
    });
    expect(stepIdsOf(response).slice(-4)).toEqual([
      'jwt.revoke.authorize',
      'jwt.revoke.update-user',
      'jwt.revoke.bump-credential-version',
      'jwt.revoke.respond',
    ]);
    expectInvalidToken(await api.get('/me').set(bearer(jane.accessToken)));
    expectInvalidToken(
      await api.post('/refresh').set(CSRF_HEADERS).send({ refresh_token: jane.refreshToken }),
    );
  });

  it('refuses to let an admin disable their own account', async () => {
    const admin = await mintLogin(testApp, JOHN.id);

    const response = await api
      .patch(`/admin/users/${JOHN.id}`)
      .set({ ...CSRF_HEADERS, ...bearer(admin.accessToken) })
      .send({ disabled: true });

    expect(response.status).toBe(403);
    expect(stepsOf(response).slice(-1)).toEqual(['jwt.revoke.update-user:denied']);
    expect(testApp.users.findUserById(JOHN.id)?.disabled).toBe(false);
  });

  it('answers 400 validation_failed for a body without a boolean disabled', async () => {
    const admin = await mintLogin(testApp, JOHN.id);

    for (const body of [{ disabled: 'yes' }, { disabled: true, role: 'admin' }, {}]) {
      const response = await api
        .patch(`/admin/users/${JANE.id}`)
        .set({ ...CSRF_HEADERS, ...bearer(admin.accessToken) })
        .send(body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
  });
});
