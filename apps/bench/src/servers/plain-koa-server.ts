/**
 * A reference row, not the floor: the same answer as bare-server.ts from one plain Koa
 * middleware, without @koa/router. The gap between the two rows is what matching a route costs;
 * the targets are measured against bare-server.ts, whose route is defined like the APIs' routes.
 *
 * Started as a child process by the benchmark: `node --import tsx src/servers/plain-koa-server.ts` with HOST
 * and PORT.
 */
import Koa from 'koa';
import { DEMO_USER_BODY } from './demo-user.ts';
import { listenFromEnv } from './listen-from-env.ts';

const app = new Koa();
app.use((ctx) => {
  if (ctx.method !== 'GET') return;
  if (ctx.path === '/me') ctx.body = DEMO_USER_BODY;
  else if (ctx.path === '/healthz') ctx.body = { status: 'ok' };
});

listenFromEnv(app.callback(), 'plain-koa');
