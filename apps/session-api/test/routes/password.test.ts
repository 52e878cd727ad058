import { CSRF_HEADERS, http, requestSteps, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { JANE, JOHN, logIn, postLogin } from '../helpers/http.ts';

const NEW_PASSWORD = 'a-brand-new-passphrase';

describe('POST /me/password', () => {
  let testApp: TestApp;
  let laptop: string;

  beforeAll(async () => {
    testApp = buildTestApp();
    laptop = await logIn(testApp, JANE);
  });
  afterAll(() => testApp.close());

  const changePassword = (cookie: string, body: object) =>
    http(testApp).post('/me/password').set(CSRF_HEADERS).set('Cookie', cookie).send(body);

  it('rejects a wrong current password', async () => {
    const response = await changePassword(laptop, {
      current_password: 'not-my-password',
      new_password: NEW_PASSWORD,
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(stepsOf(response)).toContain('session.password.verify-current:denied');
    // The session itself is fine.
    expect((await http(testApp).get('/me').set('Cookie', laptop)).status).toBe(200);
  });

  it('answers 400 validation_failed for a new password that is too short', async () => {
    const response = await changePassword(laptop, {
      current_password: JANE.password,
      new_password: 'short',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
  });

  it('ends every login of the user', async () => {
    const phone = await logIn(testApp, JANE);
    const someoneElse = await logIn(testApp, JOHN);
    const response = await changePassword(laptop, {
      current_password: JANE.password,
      new_password: NEW_PASSWORD,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ success: true });
    expect(stepIdsOf(response)).toEqual(requestSteps('session.password-change'));
    expect(response.headers['set-cookie']?.[0]).toMatch(/^authlab\.sid=;/);
    for (const cookie of [laptop, phone]) {
      expect((await http(testApp).get('/me').set('Cookie', cookie)).status).toBe(401);
    }
    expect((await http(testApp).get('/me').set('Cookie', someoneElse)).status).toBe(200);
    expect((await postLogin(testApp, { email: JANE.email, password: NEW_PASSWORD })).status).toBe(
      200,
    );
  });
});
