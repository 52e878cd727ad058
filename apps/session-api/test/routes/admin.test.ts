import { CSRF_HEADERS, http, requestSteps, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { JANE, JOHN, logIn, postLogin } from '../helpers/http.ts';

let testApp: TestApp;
let johnCookie: string;

beforeAll(async () => {
  testApp = buildTestApp();
  johnCookie = await logIn(testApp, JOHN);
});
afterAll(() => testApp.close());

describe('DELETE /admin/users/:id/sessions', () => {
  let janeCookie: string;
  beforeAll(async () => {
    janeCookie = await logIn(testApp, JANE);
  });

  it('answers 403 forbidden for a non-admin', async () => {
    const response = await http(testApp)
      .delete('/admin/users/42/sessions')
      .set(CSRF_HEADERS)
      .set('Cookie', janeCookie);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(stepsOf(response)).toEqual([
      'session.csrf.check-request',
      'session.auth.read-cookie',
      'session.auth.load-session',
      'session.revoke.authorize:denied',
    ]);
    expect((await http(testApp).get('/me').set('Cookie', johnCookie)).status).toBe(200);
  });

  it("ends another user's logins at once", async () => {
    const response = await http(testApp)
      .delete('/admin/users/43/sessions')
      .set(CSRF_HEADERS)
      .set('Cookie', johnCookie);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ success: true, ended: 1 });
    expect(stepIdsOf(response)).toEqual(requestSteps('session.revocation'));
    expect((await http(testApp).get('/me').set('Cookie', janeCookie)).status).toBe(401);
    expect((await http(testApp).get('/me').set('Cookie', johnCookie)).status).toBe(200);
  });

  it('answers 404 not_found for an unknown or malformed user id', async () => {
    for (const id of ['999', '0', '42abc', '1e3', "1' OR 1=1"]) {
      const response = await http(testApp)
        .delete(`/admin/users/${encodeURIComponent(id)}/sessions`)
        .set(CSRF_HEADERS)
        .set('Cookie', johnCookie);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
  });
});

describe('PATCH /admin/users/:id', () => {
  const patchUser = (id: number, body: unknown) =>
    http(testApp)
      .patch(`/admin/users/${id}`)
      .set(CSRF_HEADERS)
      .set('Cookie', johnCookie)
      .send(body as object);

  it('disabling a user ends their logins', async () => {
    const janeCookie = await logIn(testApp, JANE);
    const response = await patchUser(43, { disabled: true });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      success: true,
      user: { id: 43, email: 'jane@example.com', name: 'Jane Roe', role: 'user', disabled: true },
    });
    expect(stepIdsOf(response)).toEqual(requestSteps('session.disable-user'));
    expect((await http(testApp).get('/me').set('Cookie', janeCookie)).status).toBe(401);
    expect((await postLogin(testApp, JANE)).status).toBe(401);

    const enabled = await patchUser(43, { disabled: false });
    expect(enabled.body.user.disabled).toBe(false);
  });

  it('refuses to let an admin disable their own account', async () => {
    const response = await patchUser(42, { disabled: true });
    expect(response.status).toBe(403);
    expect(testApp.users.findUserById(42)?.disabled).toBe(false);
  });

  it('answers 400 validation_failed for a body without a boolean disabled', async () => {
    for (const body of [{ disabled: 'yes' }, { disabled: true, role: 'admin' }, {}]) {
      const response = await patchUser(43, body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
  });
});
