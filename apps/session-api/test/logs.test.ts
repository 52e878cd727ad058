import { createLogger } from '@authlab/http/logger';
import { CSRF_HEADERS, http } from '@authlab/http/testing/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSessionId } from '../src/session/session-cookie.ts';
import { buildTestApp, TEST_SESSION_SECRET, type TestApp } from './helpers/build-test-app.ts';
import { JANE, logIn, sessionCookieHeader, sessionIdOf } from './helpers/http.ts';

describe('logs', () => {
  const lines: string[] = [];
  let testApp: TestApp;
  let failing = false;

  beforeAll(() => {
    testApp = buildTestApp({
      logger: createLogger({
        level: 'debug',
        name: 'session-api',
        write: (line) => lines.push(line),
      }),
      wrapSessionStore: (store) => ({
        ...store,
        touch: (id) => (failing ? Promise.reject(new Error('store bug')) : store.touch(id)),
      }),
    });
  });
  afterAll(() => testApp.close());

  it('never contain passwords, session ids or secrets', async () => {
    const cookie = await logIn(testApp, JANE);
    await http(testApp).get('/me').set('Cookie', cookie);
    await http(testApp)
      .post('/login')
      .set(CSRF_HEADERS)
      .send({ email: JANE.email, password: 'a-wrong-guess' });
    failing = true;
    const planted = generateSessionId();
    await http(testApp).get('/me').set('Cookie', sessionCookieHeader(planted));

    const output = lines.join('\n');
    expect(lines.some((line) => line.includes('"path":"/me"'))).toBe(true);
    expect(lines.some((line) => line.includes('"level":"error"'))).toBe(true);
    for (const secret of [
      planted,
      JANE.password,
      'a-wrong-guess',
      sessionIdOf(cookie),
      TEST_SESSION_SECRET,
    ]) {
      expect(output).not.toContain(secret);
    }
  });
});
