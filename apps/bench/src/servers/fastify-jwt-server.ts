/**
 * Peer: Fastify 5 + @fastify/jwt (which verifies with fast-jwt) as its README shows it:
 * `request.jwtVerify()` in the route, HS256 pinned, issuer and audience checked.
 * `GET /me` answers from the verified claims.
 *
 * Reference: RFC 8725 §3.1 (algorithm pinning); RFC 7519 §4.1.1 and §4.1.3 (iss, aud).
 */
import fastifyJwt from '@fastify/jwt';
import Fastify from 'fastify';
import { listenFromEnv } from './listen-from-env.ts';
import {
  checkDemoLogin,
  PEER_AUDIENCE,
  PEER_CLAIMS,
  PEER_ISSUER,
  PEER_TOKEN_TTL_SECONDS,
  readSecretFromEnv,
  userFromClaims,
} from './peer-contract.ts';

const app = Fastify();
await app.register(fastifyJwt, {
  secret: readSecretFromEnv('JWT_SECRET'),
  sign: {
    algorithm: 'HS256',
    iss: PEER_ISSUER,
    aud: PEER_AUDIENCE,
    expiresIn: PEER_TOKEN_TTL_SECONDS * 1000,
  },
  verify: { algorithms: ['HS256'], allowedIss: PEER_ISSUER, allowedAud: PEER_AUDIENCE },
});
app.post('/login', async (request, reply) => {
  if (checkDemoLogin(request.body) === null) {
    return reply.code(401).send({ error: 'invalid_credentials' });
  }
  return { success: true, access_token: app.jwt.sign({ ...PEER_CLAIMS }) };
});
app.get('/me', async (request, reply) => {
  try {
    return userFromClaims(await request.jwtVerify<Record<string, unknown>>());
  } catch {
    return reply.code(401).send({ error: 'invalid_token' });
  }
});
app.get('/healthz', async () => ({ status: 'ok' }));

await app.ready();
listenFromEnv((request, response) => app.routing(request, response), 'fastify-jwt');
