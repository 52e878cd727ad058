/**
 * The floor of the benchmark: a Koa 3 route that answers `GET /me` with the same small user JSON
 * the APIs return, and does nothing else — no authentication, no store, no headers. Every other
 * configuration is compared with this one, so the difference is what authentication costs.
 *
 * Started as a child process by the benchmark (the load generator must not share its event loop):
 * `tsx src/servers/bare-server.ts` with HOST and PORT.
 */
import Koa from 'koa';
import { listenFromEnv } from './listen-from-env.ts';

const DEMO_USER_BODY = {
  user: { id: 42, email: 'john@example.com', name: 'John Doe', role: 'admin', disabled: false },
};

const app = new Koa();
app.use((ctx) => {
  if (ctx.method !== 'GET') return;
  if (ctx.path === '/me') ctx.body = DEMO_USER_BODY;
  else if (ctx.path === '/healthz') ctx.body = { status: 'ok' };
});

listenFromEnv(app, 'bare');
