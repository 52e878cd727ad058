import { getFlow, serverStepIds } from '@authlab/flows/catalog';
import { CSRF_HEADERS, http, stepIdsOf } from '@authlab/http/testing/http';
import { createTestRedis, REDIS_URL } from '@authlab/http/testing/redis';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/build-test-app.ts';
import { cookieHeaderFrom, JANE, JOHN, logIn, postLogin } from './helpers/http.ts';
import { newKeyPrefix } from './helpers/redis.ts';

/** The flow's server steps, as the catalog of @authlab/flows lists them. */
function expectedSteps(flowId: string): string[] {
  const flow = getFlow(flowId);
  if (flow === null) throw new Error(`Unknown flow ${flowId}`);
  return serverStepIds(flow);
}

/** What the requests of a flow reported, in order: their Server-Timing ids concatenated. */
function reportedSteps(...responses: Response[]): string[] {
  return responses.flatMap(stepIdsOf);
}

describe('trace', () => {
  let testApp: TestApp;
  let johnCookie: string;
  let janeLogin: Response;

  beforeAll(async () => {
    testApp = buildTestApp();
    johnCookie = await logIn(testApp, JOHN);
  });
  afterAll(() => testApp.close());

  const getMe = (cookie: string) => http(testApp).get('/me').set('Cookie', cookie);
  const post = (path: string, cookie: string) =>
    http(testApp).post(path).set(CSRF_HEADERS).set('Cookie', cookie);

  it('reports the server steps of the session.login flow', async () => {
    janeLogin = await postLogin(testApp, JANE);
    expect(reportedSteps(janeLogin)).toEqual(expectedSteps('session.login'));
  });

  it('reports the server steps of the session.request flow', async () => {
    const users = await http(testApp).get('/users').set('Cookie', johnCookie);
    expect(reportedSteps(users)).toEqual(expectedSteps('session.request'));
  });

  it('reports the server steps of the session.logout flow', async () => {
    const cookie = await logIn(testApp, JANE);
    const logout = await post('/logout', cookie);
    const replay = await getMe(cookie);
    expect(reportedSteps(logout, replay)).toEqual(expectedSteps('session.logout'));
  });

  it('reports the server steps of the session.logout-all flow', async () => {
    const laptop = await logIn(testApp, JANE);
    const phone = await logIn(testApp, JANE);
    const logoutAll = await post('/logout-all', laptop);
    const elsewhere = await getMe(phone);
    expect(reportedSteps(logoutAll, elsewhere)).toEqual(expectedSteps('session.logout-all'));
  });

  it('reports the server steps of the session.revocation flow', async () => {
    const jane = await logIn(testApp, JANE);
    const revoke = await http(testApp)
      .delete('/admin/users/43/sessions')
      .set(CSRF_HEADERS)
      .set('Cookie', johnCookie);
    const refused = await getMe(jane);
    expect(reportedSteps(revoke, refused)).toEqual(expectedSteps('session.revocation'));
  });

  it('reports the server steps of the session.disable-user flow', async () => {
    const jane = await logIn(testApp, JANE);
    const patch = (disabled: boolean) =>
      http(testApp)
        .patch('/admin/users/43')
        .set(CSRF_HEADERS)
        .set('Cookie', johnCookie)
        .send({ disabled });
    const disable = await patch(true);
    const refused = await getMe(jane);
    expect(reportedSteps(disable, refused)).toEqual(expectedSteps('session.disable-user'));
    expect((await patch(false)).status).toBe(200);
  });

  it('reports the server steps of the session.architecture-memory flow', async () => {
    const otherInstance = buildTestApp();
    try {
      // The login of the first test, on this instance; then the same cookie on another one.
      const elsewhere = await http(otherInstance)
        .get('/me')
        .set('Cookie', cookieHeaderFrom(janeLogin));
      expect(reportedSteps(janeLogin, elsewhere)).toEqual(
        expectedSteps('session.architecture-memory'),
      );
    } finally {
      otherInstance.close();
    }
  });

  it('reports the server steps of the session.expiry flow', async () => {
    const idle = await logIn(testApp, JANE);
    // John's session (logged in at 0:00) is the busy one: a request every 20 minutes.
    const responses = new Map<number, Response>();
    for (let minute = 20; minute <= 8 * 60; minute += 20) {
      testApp.clock.advanceSeconds(20 * 60);
      if (minute === 20 || minute === 60) responses.set(minute, await getMe(idle));
      const busy = await getMe(johnCookie);
      if (minute < 8 * 60) expect(busy.status).toBe(200);
      else responses.set(minute, busy);
    }
    const [inWindow, afterIdle, afterAbsolute] = [20, 60, 8 * 60].map((minute) => {
      const response = responses.get(minute);
      if (response === undefined) throw new Error(`no response at ${minute}`);
      return response;
    }) as [Response, Response, Response];
    expect(reportedSteps(inWindow, afterIdle, afterAbsolute)).toEqual(
      expectedSteps('session.expiry'),
    );
  });

  it('reports the server steps of the session.password-change flow', async () => {
    const cookie = await logIn(testApp, JANE);
    const change = await post('/me/password', cookie).send({
      current_password: JANE.password,
      new_password: 'a-brand-new-passphrase',
    });
    expect(reportedSteps(change)).toEqual(expectedSteps('session.password-change'));
  });
});

describe.runIf(REDIS_URL)('trace with Redis', () => {
  it('reports the server steps of the session.architecture-redis flow', async () => {
    const keyPrefix = newKeyPrefix();
    const [redisOne, redisTwo] = await Promise.all([
      createTestRedis(REDIS_URL, keyPrefix),
      createTestRedis(REDIS_URL, keyPrefix),
    ]);
    const serverOne = buildTestApp({ redis: redisOne.redis });
    const serverTwo = buildTestApp({ redis: redisTwo.redis });
    try {
      const login = await postLogin(serverOne, JANE);
      const elsewhere = await http(serverTwo).get('/me').set('Cookie', cookieHeaderFrom(login));
      expect(reportedSteps(login, elsewhere)).toEqual(expectedSteps('session.architecture-redis'));
    } finally {
      serverOne.close();
      serverTwo.close();
      await Promise.all([redisOne.cleanUp(), redisTwo.cleanUp()]);
    }
  });

  it('names the steps without their durations in production', async () => {
    const production = buildTestApp({ env: { NODE_ENV: 'production', LAB_ENABLED: 'false' } });

    const response = await http(production).get('/me');

    const header = response.headers['server-timing'] ?? '';
    expect(header).toContain('session.');
    expect(header).not.toContain('dur=');
    production.close();
  });
});
