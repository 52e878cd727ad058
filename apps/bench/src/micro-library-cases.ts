/**
 * Micro cases that compare libraries rather than pieces of authlab: fast-jwt's HS256 verifier (what
 * @fastify/jwt runs) against jsonwebtoken's, and koa-jwt as published (unpatched-koa-jwt.ts)
 * against the patched build the jwt-api installs, both set up as the jwt-api sets up koa-jwt.
 * Where the peer table shows a gap between the jwt-api and @fastify/jwt, these rows say how much
 * of it is the library.
 *
 * Reference: RFC 7518 §3.2 (HS256).
 */
import type { KeyObject } from 'node:crypto';
import { createVerifier } from 'fast-jwt';
import type koaJwt from 'koa-jwt';
import { HS_OPTIONS, hasSubject, type MicroCase, timeKoaJwt } from './micro-case-kit.ts';
import { loadUnpatchedKoaJwt } from './unpatched-koa-jwt.ts';

export type LibraryCaseId = 'fast-jwt-verify-hs256' | 'koa-jwt-unpatched-key-object';

/** The jwt-api's shape: getToken hands koa-jwt the KeyObject as `ctx.state.secret`. */
function koaJwtAsTheApi(factory: typeof koaJwt, secretKey: KeyObject, token: string) {
  return factory({
    ...HS_OPTIONS,
    secret: '',
    getToken: (ctx) => {
      ctx.state.secret = secretKey;
      return token;
    },
  } as koaJwt.Options);
}

export function buildLibraryCases(input: {
  secretKey: KeyObject;
  hsToken: string;
}): MicroCase<LibraryCaseId>[] {
  const { secretKey, hsToken } = input;
  const verifyWithFastJwt = createVerifier({
    key: secretKey.export(),
    algorithms: ['HS256'],
    allowedIss: HS_OPTIONS.issuer,
    allowedAud: HS_OPTIONS.audience,
    cache: false,
  });
  return [
    {
      id: 'fast-jwt-verify-hs256',
      label: "fast-jwt's `createVerifier` HS256, no cache (what @fastify/jwt runs)",
      operation: { kind: 'sync', run: () => verifyWithFastJwt(hsToken) },
      isCorrect: hasSubject,
    },
    {
      id: 'koa-jwt-unpatched-key-object',
      label:
        'koa-jwt middleware HS256 as published (unpatched, `p-any` race), `KeyObject` as the jwt-api',
      operation: timeKoaJwt(koaJwtAsTheApi(loadUnpatchedKoaJwt(), secretKey, hsToken), hsToken),
      isCorrect: hasSubject,
    },
  ];
}
