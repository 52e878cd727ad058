import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { checkCsrf } from '../../src/middleware/check-csrf.ts';
import { createTestApp } from '../helpers/create-test-app.ts';
import { serverTimingOf } from '../helpers/server-timing.ts';

const ALLOWED_ORIGIN = 'http://localhost:5173';

function createGuardedApp() {
  return createTestApp(
    checkCsrf({ allowedOrigins: [ALLOWED_ORIGIN, 'null'], stepId: 'session.csrf.check-request' }),
    (ctx) => {
      ctx.body = { ok: true };
    },
  ).app.callback();
}

describe('checkCsrf()', () => {
  it('lets a same-origin request with the custom header through and traces the step', async () => {
    const response = await request(createGuardedApp())
      .post('/login')
      .set('Origin', ALLOWED_ORIGIN)
      .set('Sec-Fetch-Site', 'same-origin')
      .set('X-Requested-With', 'authlab');
    expect(response.status).toBe(200);
    expect(serverTimingOf(response)).toEqual([
      { id: 'session.csrf.check-request', durationMs: expect.any(Number) },
    ]);
  });

  it('lets a non-browser client (no Origin, no Fetch Metadata) with the header through', async () => {
    const response = await request(createGuardedApp())
      .delete('/admin/users/43/sessions')
      .set('X-Requested-With', 'authlab');
    expect(response.status).toBe(200);
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site', Origin: ALLOWED_ORIGIN }],
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['Origin: null, even when configured', { Origin: 'null' }],
    ['an Origin differing only by port', { Origin: 'http://localhost:5174' }],
  ])('refuses %s with 403 csrf_rejected', async (_name, headers) => {
    const response = await request(createGuardedApp())
      .post('/login')
      .set(headers)
      .set('X-Requested-With', 'authlab');
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_rejected');
    expect(serverTimingOf(response)).toEqual([
      { id: 'session.csrf.check-request', durationMs: expect.any(Number), outcome: 'denied' },
    ]);
  });

  it('refuses an unsafe request without X-Requested-With: authlab', async () => {
    const missing = await request(createGuardedApp()).post('/login').set('Origin', ALLOWED_ORIGIN);
    const wrong = await request(createGuardedApp())
      .patch('/admin/users/43')
      .set('X-Requested-With', 'XMLHttpRequest');
    expect(missing.body.error.code).toBe('csrf_rejected');
    expect(wrong.body.error.code).toBe('csrf_rejected');
  });

  it('never checks GET, even when it comes cross-site', async () => {
    const response = await request(createGuardedApp())
      .get('/me')
      .set('Sec-Fetch-Site', 'cross-site')
      .set('Origin', 'https://evil.example');
    expect(response.status).toBe(200);
    expect(response.headers['server-timing']).toBeUndefined();
  });
});
