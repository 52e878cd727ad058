import Koa from 'koa';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { allowSecureCookies } from '../src/cookies.ts';

/** An app behind a TLS-terminating proxy: it sees plain HTTP and does not trust X-Forwarded-*. */
function createCookieApp(secure: boolean): Koa {
  const app = new Koa();
  app.silent = true;
  app.use((ctx) => {
    allowSecureCookies(ctx, secure);
    ctx.cookies.set('authlab.test', 'value', { secure: true, httpOnly: true });
    ctx.body = { ok: true };
  });
  return app;
}

describe('allowSecureCookies()', () => {
  it('sets a Secure cookie over plain HTTP when COOKIE_SECURE is on', async () => {
    const response = await request(createCookieApp(true).callback()).get('/');
    expect(response.status).toBe(200);
    expect(response.headers['set-cookie']).toEqual([
      expect.stringMatching(/^authlab\.test=value; .*secure/),
    ]);
  });

  it('leaves the cookies library to refuse a Secure cookie when COOKIE_SECURE is off', async () => {
    const response = await request(createCookieApp(false).callback()).get('/');
    expect(response.status).toBe(500);
    expect(response.headers['set-cookie']).toBeUndefined();
  });
});
