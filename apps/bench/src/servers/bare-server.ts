/**
 * The floor of the benchmark: a Koa 3 route — `router.get('/me')` with @koa/router, as both APIs
 * define theirs — that answers with the same small user JSON the APIs return, and does nothing
 * else: no authentication, no store, no headers. Every other configuration is compared with this
 * one, so the difference is what authentication (and the APIs' trace and security headers) costs.
 * Routing is not authentication, so it belongs in the floor; plain-koa-server.ts measures the same
 * answer without a router, as a reference row.
 *
 * Started as a child process by the benchmark (the load generator must not share its event loop):
 * `node --import tsx src/servers/bare-server.ts` with HOST and PORT.
 */
import Router from '@koa/router';
import Koa from 'koa';
import { DEMO_USER_BODY } from './demo-user.ts';
import { listenFromEnv } from './listen-from-env.ts';

const router = new Router();
router.get('/me', (ctx) => {
  ctx.body = DEMO_USER_BODY;
});
router.get('/healthz', (ctx) => {
  ctx.body = { status: 'ok' };
});

const app = new Koa();
app.use(router.routes());

listenFromEnv(app.callback(), 'bare');
