/**
 * The JWT API against a real Redis that stalls, dies and comes back empty: it answers 503 (never
 * 200, never a hang) while the revocation store cannot answer, heals by itself, and fails closed —
 * a token that was revoked before the store lost its data stays revoked.
 */
import { expectUnavailable, pollUntil } from '@authlab/http/testing/faults';
import { CSRF_HEADERS, http } from '@authlab/http/testing/http';
import {
  type FaultStore,
  isRedisServerInstalled,
  startFaultStore,
  type TestRedisServer,
} from '@authlab/http/testing/redis-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin, type TestApp } from './helpers/build-test-app.ts';
import { bearer, JANE, JOHN } from './helpers/http.ts';

describe.runIf(isRedisServerInstalled())('store faults (a private redis-server)', () => {
  let store: FaultStore;
  let server: TestRedisServer;
  let testApp: TestApp;
  const me = (token: string) => http(testApp).get('/me').set(bearer(token));
  const mintWhenReady = (userId: number) =>
    pollUntil(
      () => mintLogin(testApp, userId).catch(() => null),
      (login) => login !== null,
      5000,
    );

  beforeAll(async () => {
    store = await startFaultStore();
    server = store.server;
    testApp = buildTestApp({ redis: store.redis });
  });
  afterAll(async () => {
    testApp.close();
    await store.stop();
  });

  it('answers 503 with Retry-After within 2 s while the store is paused, never 200', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);
    server.pause();
    try {
      const startedAt = Date.now();
      const responses = await Promise.all(Array.from({ length: 5 }, () => me(accessToken)));

      for (const response of responses) expectUnavailable(response);
      expect(Date.now() - startedAt).toBeLessThan(2000);
    } finally {
      server.resume();
    }
  });

  it('answers 200 again within 5 s once the store resumes', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);
    server.pause();
    await me(accessToken);
    server.resume();

    const response = await pollUntil(
      () => me(accessToken),
      (answer) => answer.status !== 503,
      5000,
    );

    expect(response.status).toBe(200);
  });

  it('answers 503 at once when the store is killed, and /healthz says so', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);
    await server.kill();

    const startedAt = Date.now();
    expectUnavailable(await me(accessToken));
    expectUnavailable(await http(testApp).post('/login').set(CSRF_HEADERS).send(JANE));
    expect(Date.now() - startedAt).toBeLessThan(1000);
    const health = await http(testApp).get('/healthz');
    expect(health.status).toBe(503);
    expect(health.body.store.ok).toBe(false);
  });

  it('refuses every token after the store restarted empty, revoked ones included', async () => {
    await server.restart();
    const loggedOut = await mintWhenReady(JOHN.id);
    const everywhere = await mintLogin(testApp, JANE.id);
    const live = await mintLogin(testApp, JOHN.id);
    await http(testApp)
      .post('/logout')
      .set({ ...CSRF_HEADERS, ...bearer(loggedOut?.accessToken ?? '') });
    await http(testApp)
      .post('/logout-all')
      .set({ ...CSRF_HEADERS, ...bearer(everywhere.accessToken) });
    expect((await me(live.accessToken)).status).toBe(200);

    await server.restart();
    const replay = await pollUntil(
      () => me(loggedOut?.accessToken ?? ''),
      (answer) => answer.status !== 503,
      5000,
    );

    expect(replay.status).toBe(401);
    expect((await me(everywhere.accessToken)).status).toBe(401);
    expect((await me(live.accessToken)).status).toBe(401);
    expect((await me((await mintLogin(testApp, JOHN.id)).accessToken)).status).toBe(200);
  });
});
