import { CSRF_HEADERS, http, retryWhileUnavailable, stepsOf } from '@authlab/http/testing/http';
import { createTestRedis, REDIS_URL, type TestRedis } from '@authlab/http/testing/redis';
import { startTcpProxy, type TcpProxy } from '@authlab/http/testing/tcp-proxy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin, type TestApp } from './helpers/build-test-app.ts';
import {
  bearer,
  expectInvalidToken,
  JANE,
  JOHN,
  postLogin,
  refreshCookieOf,
  withRefreshCookie,
} from './helpers/http.ts';
import { newKeyPrefix } from './helpers/redis.ts';

describe.runIf(REDIS_URL)('Redis store', () => {
  const opened: { close(): void }[] = [];
  const clients: TestRedis[] = [];
  let proxy: TcpProxy;

  async function buildInstance(url: string | undefined, keyPrefix: string, env = {}) {
    const testRedis = await createTestRedis(url, keyPrefix);
    clients.push(testRedis);
    const testApp = buildTestApp({ redis: testRedis.redis, env });
    opened.push(testApp);
    return testApp;
  }

  beforeAll(async () => {
    proxy = await startTcpProxy(Number(new URL(REDIS_URL ?? 'redis://127.0.0.1').port || 6379));
  });
  afterAll(async () => {
    for (const testApp of opened) testApp.close();
    await Promise.all(clients.map((client) => client.cleanUp()));
    await proxy.close();
  });

  it('two instances sharing one Redis serve one login', async () => {
    const keyPrefix = newKeyPrefix();
    const first = await buildInstance(REDIS_URL, keyPrefix, { INSTANCE_ID: 'server-1' });
    const second = await buildInstance(REDIS_URL, keyPrefix, { INSTANCE_ID: 'server-2' });
    const login = await postLogin(first, JOHN);
    const accessToken: string = login.body.access_token;

    const onSecond = await http(second).get('/me').set(bearer(accessToken));
    expect(onSecond.status).toBe(200);
    expect(onSecond.headers['x-instance-id']).toBe('server-2');
    const refreshed = await http(second)
      .post('/refresh')
      .set(withRefreshCookie(refreshCookieOf(login)));
    expect(refreshed.status).toBe(200);
    const logout = await http(second)
      .post('/logout')
      .set({ ...CSRF_HEADERS, ...bearer(refreshed.body.access_token) });
    expect(logout.status).toBe(200);

    expectInvalidToken(await http(first).get('/me').set(bearer(refreshed.body.access_token)));
    expectInvalidToken(await http(first).get('/me').set(bearer(accessToken)));
  });

  it('ends every login on every instance at once with logout-all (floors live in Redis)', async () => {
    const keyPrefix = newKeyPrefix();
    // Each test app has its own copy of the users database: only Redis is shared.
    const first = await buildInstance(REDIS_URL, keyPrefix);
    const second = await buildInstance(REDIS_URL, keyPrefix);
    const laptop = await mintLogin(first, JANE.id, 'body');
    expect((await http(second).get('/me').set(bearer(laptop.accessToken))).status).toBe(200);

    const response = await http(first)
      .post('/logout-all')
      .set({ ...CSRF_HEADERS, ...bearer(laptop.accessToken) });

    expect(response.status).toBe(200);
    const onSecond = await http(second).get('/me').set(bearer(laptop.accessToken));
    expectInvalidToken(onSecond);
    expect(stepsOf(onSecond)).toContain('jwt.auth.check-revocation:denied');
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

  it('answers 503 store_unavailable with Retry-After while Redis is down, then recovers', async () => {
    const testApp = await buildInstance(`redis://127.0.0.1:${proxy.port}`, newKeyPrefix());
    const login = await mintLogin(testApp, JOHN.id);

    proxy.cut();
    const [me, ...others] = await Promise.all([
      http(testApp).get('/me').set(bearer(login.accessToken)),
      http(testApp).post('/refresh').set(withRefreshCookie(login.refreshToken)),
      postLogin(testApp, { email: JOHN.email, password: 'wrong-pass' }),
    ]);
    const health = await http(testApp).get('/healthz');
    proxy.restore();

    for (const response of [me, ...others]) {
      expect(response.status).toBe(503);
      expect(response.body.error.code).toBe('store_unavailable');
      expect(response.headers['retry-after']).toBe('1');
    }
    // Fail closed: a token whose denylist could not be read is never accepted.
    expect(stepsOf(me)).toEqual(['jwt.auth.verify-token', 'jwt.auth.check-revocation:unavailable']);
    expect(health.status).toBe(503);
    const recovered = await retryWhileUnavailable(() =>
      http(testApp).get('/me').set(bearer(login.accessToken)),
    );
    expect(recovered.status).toBe(200);
  });
});

describe('memory store', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(() => {
    first = buildTestApp();
    second = buildTestApp({ clock: first.clock, database: first.database });
  });
  afterAll(() => first.close());

  it('two instances with memory stores do not share a logout', async () => {
    const login = await mintLogin(first, JOHN.id);

    await http(first)
      .post('/logout')
      .set({ ...CSRF_HEADERS, ...bearer(login.accessToken) });

    expectInvalidToken(await http(first).get('/me').set(bearer(login.accessToken)));
    // Same key, separate memory: the second instance never heard of the logout.
    expect((await http(second).get('/me').set(bearer(login.accessToken))).status).toBe(200);
  });
});
