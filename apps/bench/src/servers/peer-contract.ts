/**
 * The contract every peer server answers, so that each one does the same work as the APIs:
 * `POST /login` (the demo user's JSON credentials) hands out a session cookie or an access token,
 * `GET /me` answers the user from the session or the token's claims (no database read, as the
 * APIs do), `GET /healthz` answers ok. The peers check the password by comparing it with the
 * run's BENCH_LOGIN_PASSWORD instead of running scrypt: their logins are not measured, only
 * `GET /me` is.
 *
 * The secrets come from the environment (fresh per run, 32 random bytes, like the APIs').
 */
import { timingSafeEqual } from 'node:crypto';
import { demoCredentials } from '@authlab/users/demo-users';
import { DEMO_USER_BODY } from './demo-user.ts';

export const PEER_ISSUER = 'authlab-peer';
export const PEER_AUDIENCE = 'authlab-api';
export const PEER_TOKEN_TTL_SECONDS = 15 * 60;

const { email: DEMO_EMAIL } = demoCredentials(42);

export type PeerUser = typeof DEMO_USER_BODY.user;

/** The claims a peer signs: the same user fields the jwt-api's access token carries. */
export const PEER_CLAIMS = Object.freeze({
  sub: String(DEMO_USER_BODY.user.id),
  email: DEMO_USER_BODY.user.email,
  name: DEMO_USER_BODY.user.name,
  role: DEMO_USER_BODY.user.role,
});

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The demo user when `body` holds its credentials, else null. */
export function checkDemoLogin(body: unknown): PeerUser | null {
  const { email, password } = (body ?? {}) as { email?: unknown; password?: unknown };
  if (typeof email !== 'string' || typeof password !== 'string') return null;
  return sameText(email, DEMO_EMAIL) &&
    sameText(password, readSecretFromEnv('BENCH_LOGIN_PASSWORD'))
    ? DEMO_USER_BODY.user
    : null;
}

/** `GET /me`'s body from verified claims. */
export function userFromClaims(claims: Readonly<Record<string, unknown>>): { user: PeerUser } {
  return {
    user: {
      id: Number(claims.sub),
      email: String(claims.email),
      name: String(claims.name),
      role: claims.role as PeerUser['role'],
      disabled: false,
    },
  };
}

export function readSecretFromEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value.length < 32) {
    throw new Error(`${name} (at least 32 characters) is required`);
  }
  return value;
}
