/**
 * What every micro case is made of (micro-cases.ts, micro-library-cases.ts): the case shape, an
 * access token shaped like the jwt-api's (RFC 9068 header with `typ` and `kid`, the same claims),
 * and koa-jwt's middleware called on a minimal context.
 *
 * Reference: RFC 9068 §2.1 (access-token header); RFC 7518 §3.2 (HS256).
 */
import { type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import jsonwebtoken, { type Algorithm } from 'jsonwebtoken';
import type { Context } from 'koa';
import type koaJwt from 'koa-jwt';
import type { Operation } from './micro-timing.ts';

const ISSUER = 'authlab';
const AUDIENCE = 'authlab-api';
export const TOKEN_TTL_SECONDS = 15 * 60;

export interface MicroCase<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly operation: Operation;
  /** Whether one result of `operation` is what the case claims to measure. */
  readonly isCorrect: (result: unknown) => boolean;
}

export function signToken(key: KeyObject, algorithm: Algorithm): string {
  const claims = {
    sub: '42',
    jti: randomUUID(),
    name: 'John Doe',
    role: 'admin',
    ver: 1,
    fid: randomUUID(),
  };
  return jsonwebtoken.sign(claims, key, {
    algorithm,
    issuer: ISSUER,
    audience: AUDIENCE,
    expiresIn: TOKEN_TTL_SECONDS,
    keyid: randomBytes(32).toString('base64url'),
    header: { alg: algorithm, typ: 'at+jwt' },
  });
}

export const hasSubject = (result: unknown) => (result as { sub?: unknown } | null)?.sub === '42';

export const HS_OPTIONS = { algorithms: ['HS256' as const], issuer: ISSUER, audience: AUDIENCE };

/** koa-jwt reads only `header`, `state` and `throw` of the context on the success path. */
export function timeKoaJwt(middleware: ReturnType<typeof koaJwt>, token: string): Operation {
  const next = async () => {};
  return {
    kind: 'async',
    run: async () => {
      const ctx = {
        header: { authorization: `Bearer ${token}` },
        state: {} as Record<string, unknown>,
        throw: (status: number, message: string) => {
          throw new Error(`koa-jwt answered ${status}: ${message}`);
        },
      };
      await middleware(ctx as unknown as Context, next);
      return ctx.state.user;
    },
  };
}
