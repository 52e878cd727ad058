import { http, readSetCookie, requestSteps, stepIdsOf } from '@authlab/http/testing/http';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { JOHN, postLogin, sessionIdOf } from '../helpers/http.ts';

let testApp: TestApp;
afterEach(() => testApp.close());

describe('XSS by storage mode', () => {
  it('keeps the session id out of every answer a script can read: nothing to steal', async () => {
    testApp = buildTestApp();
    const login = await postLogin(testApp, JOHN);
    const cookie = readSetCookie(login, 'authlab.sid');
    expect(cookie?.attributes.has('httponly')).toBe(true);
    const id = sessionIdOf(`authlab.sid=${cookie?.value}`);
    expect(login.text).not.toContain(id);
    const me = await http(testApp).get('/me').set('Cookie', `authlab.sid=${id}`);
    expect(me.status).toBe(200);
    expect(me.text).not.toContain(id);
  });

  it('reports the server steps of the session.attack-xss flow', async () => {
    testApp = buildTestApp();
    const login = await postLogin(testApp, JOHN);
    const riding = await http(testApp)
      .get('/me')
      .set('Cookie', `authlab.sid=${readSetCookie(login, 'authlab.sid')?.value}`);
    expect(stepIdsOf(riding)).toEqual(requestSteps('session.attack-xss', 0));
  });
});
