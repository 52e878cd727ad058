/**
 * The floor of the Fastify peers: Fastify 5 answering `GET /me` with the demo user's JSON and
 * nothing else; @fastify/session and @fastify/jwt are measured over it.
 */
import Fastify from 'fastify';
import { DEMO_USER_BODY } from './demo-user.ts';
import { listenFromEnv } from './listen-from-env.ts';

const app = Fastify();
app.get('/me', async () => DEMO_USER_BODY);
app.get('/healthz', async () => ({ status: 'ok' }));

await app.ready();
listenFromEnv((request, response) => app.routing(request, response), 'fastify-bare');
