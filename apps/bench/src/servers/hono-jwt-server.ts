/**
 * Peer: Hono 4 + its built-in `hono/jwt` middleware (Web Crypto) on @hono/node-server, as Hono's
 * documentation shows it: `jwt({ secret, alg: 'HS256' })` in front of the route, issuer and
 * audience checked. `GET /me` answers from `c.get('jwtPayload')`.
 *
 * Reference: RFC 8725 §3.1 (algorithm pinning); RFC 7519 §4.1.1 and §4.1.3 (iss, aud).
 */
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { type JwtVariables, jwt, sign } from 'hono/jwt';
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

const secret = readSecretFromEnv('JWT_SECRET');
const app = new Hono<{ Variables: JwtVariables<Record<string, unknown>> }>();
app.post('/login', async (c) => {
  if (checkDemoLogin(await c.req.json().catch(() => null)) === null) {
    return c.json({ error: 'invalid_credentials' }, 401);
  }
  const nowSeconds = Math.floor(Date.now() / 1000);
  const claims = {
    ...PEER_CLAIMS,
    iss: PEER_ISSUER,
    aud: PEER_AUDIENCE,
    iat: nowSeconds,
    exp: nowSeconds + PEER_TOKEN_TTL_SECONDS,
  };
  return c.json({ success: true, access_token: await sign(claims, secret, 'HS256') });
});
app.use(
  '/me',
  jwt({ secret, alg: 'HS256', verification: { iss: PEER_ISSUER, aud: PEER_AUDIENCE } }),
);
app.get('/me', (c) => c.json(userFromClaims(c.get('jwtPayload'))));
app.get('/healthz', (c) => c.json({ status: 'ok' }));

listenFromEnv(getRequestListener(app.fetch), 'hono-jwt');
