/**
 * Peer: Fastify 5 + @fastify/cookie + @fastify/session as their READMEs show them (the default
 * in-memory store, a signed `sessionId` cookie, `request.session.regenerate()` at login).
 * `GET /me` answers from the session. `secure: 'auto'` because the bench talks plain HTTP on
 * loopback; a deployment behind TLS keeps the default `secure: true`.
 *
 * Reference: OWASP Session Management Cheat Sheet, "Renew the Session ID After Any Privilege Level
 * Change".
 */
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import Fastify from 'fastify';
import { listenFromEnv } from './listen-from-env.ts';
import { checkDemoLogin, type PeerUser, readSecretFromEnv } from './peer-contract.ts';

declare module 'fastify' {
  interface Session {
    user?: PeerUser;
  }
}

const app = Fastify();
await app.register(fastifyCookie);
await app.register(fastifySession, {
  secret: readSecretFromEnv('SESSION_SECRET'),
  saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto' },
});
app.post('/login', async (request, reply) => {
  const user = checkDemoLogin(request.body);
  if (user === null) return reply.code(401).send({ error: 'invalid_credentials' });
  await request.session.regenerate();
  request.session.user = user;
  return { success: true, user };
});
app.get('/me', async (request, reply) => {
  const user = request.session.user;
  if (user === undefined) return reply.code(401).send({ error: 'unauthenticated' });
  return { user };
});
app.get('/healthz', async () => ({ status: 'ok' }));

await app.ready();
listenFromEnv((request, response) => app.routing(request, response), 'fastify-session');
