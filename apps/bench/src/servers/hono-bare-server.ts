/**
 * The floor of the Hono peer: Hono 4 on @hono/node-server answering `GET /me` with the demo
 * user's JSON and nothing else; hono/jwt is measured over it.
 */
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { DEMO_USER_BODY } from './demo-user.ts';
import { listenFromEnv } from './listen-from-env.ts';

const app = new Hono();
app.get('/me', (c) => c.json(DEMO_USER_BODY));
app.get('/healthz', (c) => c.json({ status: 'ok' }));

listenFromEnv(getRequestListener(app.fetch), 'hono-bare');
