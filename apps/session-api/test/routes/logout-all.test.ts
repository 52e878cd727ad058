import { CSRF_HEADERS, http, requestSteps, stepIdsOf } from '@authlab/http/testing/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { JANE, JOHN, logIn } from '../helpers/http.ts';

describe('POST /logout-all', () => {
  let testApp: TestApp;
  beforeAll(() => {
    testApp = buildTestApp();
  });
  afterAll(() => testApp.close());

  it('ends every login of the user', async () => {
    const laptop = await logIn(testApp, JANE);
    const phone = await logIn(testApp, JANE);
    const someoneElse = await logIn(testApp, JOHN);

    const response = await http(testApp)
      .post('/logout-all')
      .set(CSRF_HEADERS)
      .set('Cookie', laptop);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ success: true, ended: 2 });
    expect(stepIdsOf(response)).toEqual(requestSteps('session.logout-all'));
    expect(response.headers['set-cookie']?.[0]).toMatch(/^authlab\.sid=;/);
    for (const cookie of [laptop, phone]) {
      expect((await http(testApp).get('/me').set('Cookie', cookie)).status).toBe(401);
    }
    expect((await http(testApp).get('/me').set('Cookie', someoneElse)).status).toBe(200);
  });
});
