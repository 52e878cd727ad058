import { CSRF_HEADERS, http, retryWhileUnavailable, stepsOf } from '@authlab/http/testing/http';
import { createTestRedis, REDIS_URL, type TestRedis } from '@authlab/http/testing/redis';
import { startTcpProxy, type TcpProxy } from '@authlab/http/testing/tcp-proxy';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/build-test-app.ts';
import { JANE, logIn, postLogin } from './helpers/http.ts';
import { newKeyPrefix } from './helpers/redis.ts';

describe.runIf(REDIS_URL)('Redis store', () => {
  const opened: { close(): void }[] = [];
  const clients: TestRedis[] = [];

  async function buildInstance(url: string | undefined, keyPrefix: string, env = {}) {
    const testRedis = await createTestRedis(url, keyPrefix);
    clients.push(testRedis);
    const testApp = buildTestApp({ redis: testRedis.redis, env });
    opened.push(testApp);
    return testApp;
  }

  afterAll(async () => {
    for (const testApp of opened) testApp.close();
    await Promise.all(clients.map((client) => client.cleanUp()));
  });

  it('two instances sharing one Redis serve one login', async () => {
    const keyPrefix = newKeyPrefix();
    const first = await buildInstance(REDIS_URL, keyPrefix, { INSTANCE_ID: 'server-1' });
    const second = await buildInstance(REDIS_URL, keyPrefix, { INSTANCE_ID: 'server-2' });
    const cookie = await logIn(first, JANE);

    const onSecond = await http(second).get('/me').set('Cookie', cookie);
    expect(onSecond.status).toBe(200);
    expect(onSecond.headers['x-instance-id']).toBe('server-2');
    expect(onSecond.body.user.id).toBe(43);

    const logout = await http(second).post('/logout').set(CSRF_HEADERS).set('Cookie', cookie);
    expect(logout.status).toBe(200);
    expect((await http(first).get('/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('shares the login rate limit across instances', async () => {
    const keyPrefix = newKeyPrefix();
    const env = { LOGIN_RATE_LIMIT_ACCOUNT: '2/900' };
    const first = await buildInstance(REDIS_URL, keyPrefix, env);
    const second = await buildInstance(REDIS_URL, keyPrefix, env);
    const wrong = { ...JANE, password: 'wrong-pass' };
    expect((await postLogin(first, wrong)).status).toBe(401);
    expect((await postLogin(second, wrong)).status).toBe(401);
    const third = await postLogin(first, JANE);
    expect(third.status).toBe(429);
    expect(third.headers['retry-after']).toBeDefined();
  });

  describe('while Redis is down', () => {
    let proxy: TcpProxy;
    let testApp: TestApp;

    beforeAll(async () => {
      proxy = await startTcpProxy(Number(new URL(REDIS_URL ?? '').port || 6379));
      testApp = await buildInstance(`redis://127.0.0.1:${proxy.port}`, newKeyPrefix());
    });
    afterEach(() => proxy.restore());
    afterAll(() => proxy.close());

    it('answers 503 store_unavailable with Retry-After while Redis is down, then recovers', async () => {
      const cookie = await logIn(testApp, JANE);
      proxy.cut();

      const me = await http(testApp).get('/me').set('Cookie', cookie);
      expect(me.status).toBe(503);
      expect(me.body.error.code).toBe('store_unavailable');
      expect(me.headers['retry-after']).toBe('1');
      expect(stepsOf(me)).toEqual([
        'session.auth.read-cookie',
        'session.auth.load-session:unavailable',
      ]);
      const login = await postLogin(testApp, JANE);
      expect(login.status).toBe(503);
      expect(stepsOf(login)).toContain('session.login.rate-limit:unavailable');
      expect((await http(testApp).get('/healthz')).status).toBe(503);

      proxy.restore();
      const recovered = await retryWhileUnavailable(async () => {
        const response = await http(testApp).get('/me').set('Cookie', cookie);
        expect([200, 503]).toContain(response.status);
        return response;
      });
      // The same session, unharmed by the outage, without restarting anything.
      expect(recovered.body.user.id).toBe(43);
      expect((await http(testApp).get('/healthz')).body).toEqual({
        status: 'ok',
        store: { kind: 'redis', ok: true },
      });
    });
  });
});

describe('memory store', () => {
  it('two instances with memory stores do not share a login', async () => {
    const first = buildTestApp();
    const second = buildTestApp();
    try {
      const cookie = await logIn(first, JANE);
      const onSecond = await http(second).get('/me').set('Cookie', cookie);
      expect(onSecond.status).toBe(401);
      expect(stepsOf(onSecond)).toContain('session.auth.load-session:missing');
      expect((await http(first).get('/me').set('Cookie', cookie)).status).toBe(200);
    } finally {
      first.close();
      second.close();
    }
  });
});
