import Koa from 'koa';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../src/errors.ts';
import { createLogger } from '../../src/logger.ts';
import { handleErrors } from '../../src/middleware/handle-errors.ts';
import { logRequests } from '../../src/middleware/log-requests.ts';
import { setSecurityHeaders } from '../../src/middleware/set-security-headers.ts';

function createLoggedApp(handler: Koa.Middleware) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'info',
    name: 'test',
    write: (line) => lines.push(JSON.parse(line)),
  });
  const app = new Koa();
  app.use(setSecurityHeaders({ instanceId: 'session-a' }));
  app.use(handleErrors());
  app.use(logRequests(logger));
  app.use(handler);
  return { app, lines };
}

describe('logRequests()', () => {
  it('logs method, path without query, status, duration and instance — nothing else', async () => {
    const { app, lines } = createLoggedApp((ctx) => {
      ctx.body = { ok: true };
    });
    await request(app.callback())
      .get('/me?token=abc')
      .set('Authorization', 'Bearer eyJ.secret')
      .set('Cookie', 'authlab.sid=s3cr3t');
    expect(lines).toEqual([
      {
        time: expect.any(String),
        level: 'info',
        name: 'test',
        msg: 'request',
        method: 'GET',
        path: '/me',
        status: 200,
        duration_ms: expect.any(Number),
        instance: 'session-a',
      },
    ]);
  });

  it('logs the status an error will be answered with', async () => {
    const { app, lines } = createLoggedApp(() => {
      throw new ForbiddenError();
    });
    await request(app.callback()).get('/users');
    expect(lines[0]).toMatchObject({ path: '/users', status: 403 });
  });
});
