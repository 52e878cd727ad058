import Koa from 'koa';
import { describe, expect, it } from 'vitest';
import { checkCsrf } from '../../src/middleware/check-csrf.ts';
import { handleErrors } from '../../src/middleware/handle-errors.ts';
import {
  CSRF_HEADERS,
  http,
  readSetCookie,
  readSetCookies,
  retryWhileUnavailable,
  stepIdsOf,
  stepsOf,
} from '../../src/testing/http.ts';
import { getTrace, traceSteps } from '../../src/trace.ts';

function createTestApp() {
  const app = new Koa();
  app.silent = true;
  app.use(traceSteps({ durations: true }));
  app.use(handleErrors());
  app.use(checkCsrf({ allowedOrigins: [], stepId: 'session.csrf.check-request' }));
  app.use(async (ctx) => {
    getTrace(ctx).record('session.login.rate-limit', 1);
    getTrace(ctx).fail('session.login.verify-credentials', 'failed');
    ctx.cookies.set('authlab.sid', 'abc', { httpOnly: true, sameSite: 'strict', path: '/' });
    ctx.cookies.set('theme', 'dark', { httpOnly: false });
    ctx.body = { ok: true };
  });
  return { callback: app.callback() };
}

describe('http()', () => {
  it('sends requests to the app callback, and CSRF_HEADERS pass checkCsrf', async () => {
    const testApp = createTestApp();
    expect((await http(testApp).post('/').set(CSRF_HEADERS)).status).toBe(200);
    expect((await http(testApp).post('/')).status).toBe(403);
  });
});

describe('readSetCookies()', () => {
  it('reads every Set-Cookie line with its attributes, lower-cased', async () => {
    const response = await http(createTestApp()).get('/');
    const cookies = readSetCookies(response);
    expect(cookies.map((cookie) => [cookie.name, cookie.value])).toEqual([
      ['authlab.sid', 'abc'],
      ['theme', 'dark'],
    ]);
    expect(cookies[0]?.attributes.get('samesite')).toBe('strict');
    expect(cookies[0]?.attributes.has('httponly')).toBe(true);
    expect(cookies[1]?.attributes.has('httponly')).toBe(false);
    expect(readSetCookie(response, 'theme')?.value).toBe('dark');
    expect(readSetCookie(response, 'missing')).toBeNull();
  });

  it('answers [] for a response without Set-Cookie', async () => {
    const response = await http(createTestApp()).post('/');
    expect(readSetCookies(response)).toEqual([]);
  });
});

describe('stepsOf() and stepIdsOf()', () => {
  it('read the Server-Timing steps in order, with the outcome of failed ones', async () => {
    const response = await http(createTestApp()).get('/');
    expect(stepIdsOf(response)).toEqual([
      'session.login.rate-limit',
      'session.login.verify-credentials',
    ]);
    expect(stepsOf(response)).toEqual([
      'session.login.rate-limit',
      'session.login.verify-credentials:failed',
    ]);
  });
});

describe('retryWhileUnavailable()', () => {
  it('sends again while the answer is 503 and returns the first other answer', async () => {
    const statuses = [503, 503, 200, 503];
    let sent = 0;
    const response = await retryWhileUnavailable(async () => ({ status: statuses[sent++] ?? 0 }));
    expect(response.status).toBe(200);
    expect(sent).toBe(3);
  });

  it('returns an answer other than 503 at once, even a failure', async () => {
    let sent = 0;
    const response = await retryWhileUnavailable(async () => {
      sent += 1;
      return { status: 401 };
    });
    expect([response.status, sent]).toEqual([401, 1]);
  });
});
