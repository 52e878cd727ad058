import { createManualClock } from '@authlab/http/clock';
import { TEST_START_MS } from '@authlab/http/testing/test-defaults';
import Koa from 'koa';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSessionMiddleware } from '../../src/middleware/session.ts';
import { describeSessionCookie, generateSessionId } from '../../src/session/session-cookie.ts';
import { createStoreKeyDeriver } from '../../src/session/session-key.ts';
import { createMemorySessionStore } from '../../src/stores/memory-session-store.ts';
import { TEST_SESSION_SECRET } from '../helpers/build-test-app.ts';
import { sessionCookieHeader } from '../helpers/http.ts';
import { newSession } from '../helpers/session-store-contract.ts';

/**
 * koa-session's own behaviour with an external store, checked directly: which id it settles on in
 * `initFromExternal` for a cookie it is handed (src/context.ts in koa-session 7).
 */
function buildSessionProbeApp() {
  const clock = createManualClock(TEST_START_MS);
  const store = createMemorySessionStore({
    clock,
    idleTimeoutSeconds: 1800,
    absoluteTimeoutSeconds: 28_800,
  });
  const app = new Koa();
  const deriveStoreKey = createStoreKeyDeriver(TEST_SESSION_SECRET);
  app.use(
    createSessionMiddleware(app, { store, cookie: describeSessionCookie(false), deriveStoreKey }),
  );
  app.use((ctx) => {
    ctx.body = { id: ctx.session?.externalKey, isNew: ctx.session?.isNew };
  });
  return { app, store, clock, deriveStoreKey };
}

describe('koa-session with an external store', () => {
  it('never adopts an unknown id: initFromExternal draws a fresh one from genid', async () => {
    const { app } = buildSessionProbeApp();
    const planted = generateSessionId();
    const response = await request(app.callback())
      .get('/')
      .set('Cookie', sessionCookieHeader(planted));
    expect(response.body.isNew).toBe(true);
    expect(response.body.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.body.id).not.toBe(planted);
  });

  it('keeps the id of a session the store knows', async () => {
    const { app, store, clock, deriveStoreKey } = buildSessionProbeApp();
    const id = generateSessionId();
    await store.save(deriveStoreKey(id), newSession(clock));
    const response = await request(app.callback()).get('/').set('Cookie', sessionCookieHeader(id));
    expect(response.body).toEqual({ id, isNew: false });
  });

  it('writes nothing when a request does not change the session', async () => {
    const { app, store, clock, deriveStoreKey } = buildSessionProbeApp();
    const id = generateSessionId();
    await store.save(deriveStoreKey(id), newSession(clock));
    const response = await request(app.callback()).get('/').set('Cookie', sessionCookieHeader(id));
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(await store.list(10)).toHaveLength(1);
  });
});
