/**
 * The session API against a real Redis that stalls, dies and comes back empty: it answers 503
 * (never 200, never a hang) while the store cannot answer, heals by itself, and fails closed —
 * a session that was ended before the store lost its data stays ended.
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
import { buildTestApp, type TestApp } from './helpers/build-test-app.ts';
import { JANE, JOHN, logIn } from './helpers/http.ts';

describe.runIf(isRedisServerInstalled())('store faults (a private redis-server)', () => {
  let store: FaultStore;
  let server: TestRedisServer;
  let testApp: TestApp;
  const me = (cookie: string) => http(testApp).get('/me').set('Cookie', cookie);

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
    const cookie = await logIn(testApp, JOHN);
    server.pause();
    try {
      const startedAt = Date.now();
      const responses = await Promise.all(Array.from({ length: 5 }, () => me(cookie)));

      for (const response of responses) expectUnavailable(response);
      expect(Date.now() - startedAt).toBeLessThan(2000);
    } finally {
      server.resume();
    }
  });

  it('answers 200 again within 5 s once the store resumes', async () => {
    const cookie = await logIn(testApp, JOHN);
    server.pause();
    await me(cookie);
    server.resume();

    const response = await pollUntil(
      () => me(cookie),
      (answer) => answer.status !== 503,
      5000,
    );

    expect(response.status).toBe(200);
  });

  it('answers 503 at once when the store is killed, and /healthz says so', async () => {
    const cookie = await logIn(testApp, JOHN);
    await server.kill();

    const startedAt = Date.now();
    expectUnavailable(await me(cookie));
    expectUnavailable(await http(testApp).post('/login').set(CSRF_HEADERS).send(JANE));
    expect(Date.now() - startedAt).toBeLessThan(1000);
    const health = await http(testApp).get('/healthz');
    expect(health.status).toBe(503);
    expect(health.body.store.ok).toBe(false);
  });

  it('refuses every session after the store restarted empty, ended ones included', async () => {
    await server.restart();
    const loggedOut = await pollUntil(
      () => logIn(testApp, JOHN).catch(() => null),
      (cookie) => cookie !== null,
      5000,
    );
    const live = await logIn(testApp, JANE);
    await http(testApp)
      .post('/logout')
      .set({ ...CSRF_HEADERS, Cookie: loggedOut ?? '' });

    await server.restart();
    const replay = await pollUntil(
      () => me(loggedOut ?? ''),
      (answer) => answer.status !== 503,
      5000,
    );

    expect(replay.status).toBe(401);
    expect((await me(live)).status).toBe(401);
    expect((await me(await logIn(testApp, JOHN))).status).toBe(200);
  });
});
