/**
 * The deliberately naive configuration, to show why the jwt-api's default is what it is: koa-jwt
 * exactly as most tutorials write it, with the HS256 secret passed as a STRING.
 *
 *   app.use(koaJwt({ secret: process.env.JWT_SECRET }))
 *
 * jsonwebtoken's `verify()` does not know whether a string is a PEM public key or an HMAC
 * secret, so on EVERY call it first tries `crypto.createPublicKey(secret)`; for a plain secret that
 * throws, and building and catching that exception costs far more than the HMAC itself (the
 * micro table of docs/performance.md times both). The jwt-api hands jsonwebtoken a
 * `crypto.KeyObject` instead (`createSecretKey`), which skips the attempt. Everything else here is kept minimal on purpose
 * (no trace, no revocation check): the gap to the bare route is the verification path alone.
 *
 * A standalone server of the benchmark, NOT a mode of the API: nobody should be able to switch the
 * API into this. It has its own `POST /login` (demo users, scrypt) so the benchmark logs in to it
 * like to any other configuration. Reference: RFC 8725 §3.1 (algorithm pinning is kept: HS256 only).
 */
import { readJsonBody } from '@authlab/http/middleware/read-json-body';
import { openUsersDatabase } from '@authlab/users/users-database';
import { createUsersRepository, toPublicUser } from '@authlab/users/users-repository';
import jsonwebtoken from 'jsonwebtoken';
import Koa, { type Context } from 'koa';
import koaJwt from 'koa-jwt';
import { listenFromEnv } from './listen-from-env.ts';

const ISSUER = 'authlab-naive';
const AUDIENCE = 'authlab-api';
const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

function readSecret(): string {
  const value = process.env.JWT_SECRET;
  if (value === undefined || value.length < 32) {
    throw new Error('JWT_SECRET (at least 32 characters) is required');
  }
  return value;
}

// The naive part: the secret stays a string all the way into jsonwebtoken.
const secret = readSecret();
const database = openUsersDatabase(
  process.env.USERS_DB_PATH === undefined ? {} : { path: process.env.USERS_DB_PATH },
);
const users = createUsersRepository(database);

const requireToken = koaJwt({ secret, algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
const parseBody = readJsonBody();

async function logIn(ctx: Context): Promise<void> {
  const { email, password } = (ctx.request.body ?? {}) as { email?: unknown; password?: unknown };
  const user =
    typeof email === 'string' && typeof password === 'string'
      ? await users.verifyCredentials(email, password)
      : null;
  if (user === null) ctx.throw(401, 'invalid credentials');
  const claims = { sub: String(user.id), name: user.name, role: user.role };
  const accessToken = jsonwebtoken.sign(claims, secret, {
    algorithm: 'HS256',
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    issuer: ISSUER,
    audience: AUDIENCE,
  });
  ctx.body = { success: true, user: toPublicUser(user), access_token: accessToken };
}

function respondWithUser(ctx: Context): void {
  const user = users.findUserById(Number((ctx.state.user as { sub: string }).sub));
  if (user === null) ctx.throw(401, 'unknown user');
  ctx.body = { user: toPublicUser(user) };
}

const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.method === 'GET' && ctx.path === '/healthz') ctx.body = { status: 'ok' };
  else if (ctx.method === 'GET' && ctx.path === '/me')
    await requireToken(ctx, async () => respondWithUser(ctx));
  else if (ctx.method === 'POST' && ctx.path === '/login') await parseBody(ctx, () => logIn(ctx));
  else await next();
});

listenFromEnv(app.callback(), 'naive-jwt', () => database.close());
