import { CSRF_HEADERS, http, stepsOf } from '@authlab/http/testing/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_SESSION_SECRET, type TestApp } from '../helpers/build-test-app.ts';
import { JOHN, logIn, sessionIdOf, storeKeyOf } from '../helpers/http.ts';

describe('lab view', () => {
  let testApp: TestApp;
  let cookie: string;

  beforeAll(async () => {
    testApp = buildTestApp();
    cookie = await logIn(testApp, JOHN);
  });
  afterAll(() => testApp.close());

  it('shows the store entry, its deadlines and the cookies the browser sent', async () => {
    testApp.clock.advanceSeconds(10 * 60);
    const response = await http(testApp).get('/lab/state?user_id=42').set('Cookie', cookie);
    expect(response.status).toBe(200);
    const key = storeKeyOf(testApp, cookie);
    expect(response.body).toMatchObject({
      instance_id: testApp.config.instanceId,
      now: '2026-01-05T09:10:00.000Z',
      clock_offset_seconds: 0,
      store: { kind: 'memory', ok: true },
      sessions: [
        {
          // The store's key (the id's HMAC), not the id: the store holds nothing replayable.
          id: `${key.slice(0, 8)}…`,
          user_id: 42,
          data: { userId: 42, name: 'John Doe', role: 'admin' },
          created_at: '2026-01-05T09:00:00.000Z',
          last_seen_at: '2026-01-05T09:00:00.000Z',
          idle_expires_at: '2026-01-05T09:30:00.000Z',
          absolute_expires_at: '2026-01-05T17:00:00.000Z',
          ttl_seconds: 20 * 60,
        },
      ],
    });
    expect(response.body.cookies_received).toEqual([
      expect.objectContaining({
        name: 'authlab.sid',
        http_only: true,
        same_site: 'Strict',
        path: '/',
        // Lets the page find its own store entry without the store ever holding the id.
        store_key: `${key.slice(0, 8)}…`,
      }),
    ]);
    expect(response.body.truncated).toEqual({ sessions: false });
    expect(response.body.user).toEqual({
      id: 42,
      email: 'john@example.com',
      name: 'John Doe',
      role: 'admin',
      disabled: false,
      credential_version: expect.any(Number),
    });
  });

  it('never exposes password hashes or secrets', async () => {
    const response = await http(testApp).get('/lab/state').set('Cookie', cookie);
    expect(response.text).not.toContain(sessionIdOf(cookie));
    expect(response.text).not.toContain(TEST_SESSION_SECRET);
    expect(response.text).not.toMatch(/scrypt|hash|password/i);
  });

  it('moves the clock forward so idle expiry shows without waiting', async () => {
    const moved = await http(testApp)
      .post('/lab/clock')
      .set(CSRF_HEADERS)
      .send({ offset_seconds: 31 * 60 });
    expect(moved.status).toBe(200);
    expect(moved.body.clock_offset_seconds).toBe(31 * 60);
    const me = await http(testApp).get('/me').set('Cookie', cookie);
    expect(me.status).toBe(401);
    expect(stepsOf(me)).toContain('session.auth.load-session:expired');

    const reset = await http(testApp)
      .post('/lab/clock')
      .set(CSRF_HEADERS)
      .send({ offset_seconds: 0 });
    expect(reset.body.clock_offset_seconds).toBe(0);
    const invalid = await http(testApp)
      .post('/lab/clock')
      .set(CSRF_HEADERS)
      .send({ offset_seconds: -5 });
    expect(invalid.status).toBe(400);
  });

  it('is absent in production', async () => {
    const production = buildTestApp({ env: { NODE_ENV: 'production', LAB_ENABLED: 'false' } });
    try {
      expect((await http(production).get('/lab/state')).status).toBe(404);
      const clock = await http(production)
        .post('/lab/clock')
        .set(CSRF_HEADERS)
        .send({ offset_seconds: 60 });
      expect(clock.status).toBe(404);
      expect(clock.body.error.code).toBe('not_found');
    } finally {
      production.close();
    }
  });

  it('answers without any user row unless the page names one', async () => {
    const testApp = buildTestApp();

    const response = await http(testApp).get('/lab/state');

    expect(response.status).toBe(200);
    expect(response.body.user).toBeNull();
    expect(response.body).not.toHaveProperty('users');
    testApp.close();
  });

  it('answers 400 validation_failed for a user_id that is not an id', async () => {
    const testApp = buildTestApp();

    const response = await http(testApp).get('/lab/state?user_id=john');

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    testApp.close();
  });

  it('lists at most 50 sessions and says more exist', async () => {
    const crowded = buildTestApp();
    const nowMs = crowded.clock.now();
    for (let index = 0; index < 51; index += 1) {
      await crowded.sessionStore.save(`store-key-${index}`, {
        userId: 43,
        email: 'jane@example.com',
        name: 'Jane Roe',
        role: 'user',
        createdAt: nowMs,
        lastSeenAt: nowMs,
      });
    }

    const response = await http(crowded).get('/lab/state');

    expect(response.body.sessions).toHaveLength(50);
    expect(response.body.truncated).toEqual({ sessions: true });
    crowded.close();
  });
});
