/**
 * The operations the micro-benchmark times, one by one, in-process: the pieces that the HTTP
 * table only shows added together. Each answers a question the docs ask:
 *
 * - why is the naive JWT server the slowest? jsonwebtoken's `verify()` with the HS256 secret as a
 *   string vs as a `crypto.KeyObject`, the `createPublicKey(secret)` attempt that throws on every
 *   string-keyed call, and the HMAC-SHA256 that is the actual signature check;
 * - what does ES256 cost? `verify()` with the public key as a PEM string vs as a `KeyObject`;
 * - what does koa-jwt add? its middleware called directly on a minimal context, set up both ways
 *   (a string secret as the naive server does; a key chosen from the header as the jwt-api does),
 *   and the `p-any` race that koa-jwt as published runs around even a single secret (authlab
 *   installs it with patches/koa-jwt@4.0.4.patch, which skips the race for one secret);
 * - what did the jwt-api's revocation check cost, and what does it cost now? a users row read by
 *   primary key (SQLite), and the memory store's check (denylist, family, credential floor);
 * - what does a Redis store add? one PING round trip on loopback (ioredis), when Redis answers.
 *
 * The token is shaped like the jwt-api's access token (RFC 9068 header with `typ` and `kid`, the
 * same claims), so the HMAC and the base64url/JSON work are of the real size. Every operation is
 * run once and its result checked before it is timed: a benchmark of a call that fails measures
 * the failure.
 *
 * Reference: RFC 7518 §3.2 (HS256), §3.4 (ES256); RFC 9068 §2.1 (access-token header).
 */
import {
  createHmac,
  createPublicKey,
  createSecretKey,
  generateKeyPairSync,
  randomUUID,
} from 'node:crypto';
import { systemClock } from '@authlab/http/clock';
import type { createRedisClient } from '@authlab/http/redis';
import { createMemoryRevocationStore } from '@authlab/jwt-api/stores/memory-revocation-store';
import type { UsersRepository } from '@authlab/users/users-repository';
import jsonwebtoken from 'jsonwebtoken';
import koaJwt from 'koa-jwt';
import pAny from 'p-any';
import {
  HS_OPTIONS,
  hasSubject,
  type MicroCase as KitCase,
  signToken,
  TOKEN_TTL_SECONDS,
  timeKoaJwt,
} from './micro-case-kit.ts';
import { buildLibraryCases, type LibraryCaseId } from './micro-library-cases.ts';
import { generateSecret } from './secrets.ts';

export type MicroCaseId =
  | 'verify-hs256-string'
  | 'verify-hs256-key-object'
  | 'create-public-key-throws'
  | 'hmac-sha256'
  | 'verify-es256-pem'
  | 'verify-es256-key-object'
  | 'koa-jwt-hs256-string'
  | 'koa-jwt-hs256-key-object'
  | 'p-any-one-promise'
  | 'users-row-by-id'
  | 'memory-revocation-check'
  | 'redis-ping'
  | LibraryCaseId;

export const REDIS_PING_LABEL = 'Redis `PING` round trip (ioredis, loopback)';

export type MicroCase = KitCase<MicroCaseId>;

export interface MicroCaseDeps {
  readonly redis: ReturnType<typeof createRedisClient> | null;
  /** A seeded users database (file, WAL), as the APIs open it. */
  readonly users: UsersRepository;
}

export function buildMicroCases({ redis, users }: MicroCaseDeps): MicroCase[] {
  const secret = generateSecret();
  const secretKey = createSecretKey(Buffer.from(secret));
  const hsToken = signToken(secretKey, 'HS256');
  const signingInput = hsToken.slice(0, hsToken.lastIndexOf('.'));
  const signature = hsToken.slice(hsToken.lastIndexOf('.') + 1);
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const esToken = signToken(privateKey, 'ES256');
  const hsOptions = HS_OPTIONS;
  const revocationStore = createMemoryRevocationStore({
    clock: systemClock,
    accessTokenTtlSeconds: TOKEN_TTL_SECONDS,
  });
  const esOptions = { ...HS_OPTIONS, algorithms: ['ES256' as const] };

  const cases: MicroCase[] = [
    {
      id: 'verify-hs256-string',
      label: '`jsonwebtoken.verify` HS256, secret as a string',
      operation: { kind: 'sync', run: () => jsonwebtoken.verify(hsToken, secret, hsOptions) },
      isCorrect: hasSubject,
    },
    {
      id: 'verify-hs256-key-object',
      label: '`jsonwebtoken.verify` HS256, secret as a `KeyObject`',
      operation: { kind: 'sync', run: () => jsonwebtoken.verify(hsToken, secretKey, hsOptions) },
      isCorrect: hasSubject,
    },
    {
      id: 'create-public-key-throws',
      label: '`createPublicKey(secret)` throwing and caught (inside every string-keyed verify)',
      operation: {
        kind: 'sync',
        run: () => {
          try {
            return createPublicKey(secret);
          } catch (error) {
            return error;
          }
        },
      },
      isCorrect: (result) => result instanceof Error,
    },
    {
      id: 'hmac-sha256',
      label: "HMAC-SHA256 of the token's signing input (`createHmac` with a `KeyObject`)",
      operation: {
        kind: 'sync',
        run: () => createHmac('sha256', secretKey).update(signingInput).digest('base64url'),
      },
      isCorrect: (result) => result === signature,
    },
    {
      id: 'verify-es256-pem',
      label: '`jsonwebtoken.verify` ES256, public key as a PEM string',
      operation: { kind: 'sync', run: () => jsonwebtoken.verify(esToken, publicPem, esOptions) },
      isCorrect: hasSubject,
    },
    {
      id: 'verify-es256-key-object',
      label: '`jsonwebtoken.verify` ES256, public key as a `KeyObject`',
      operation: { kind: 'sync', run: () => jsonwebtoken.verify(esToken, publicKey, esOptions) },
      isCorrect: hasSubject,
    },
    {
      id: 'koa-jwt-hs256-string',
      label: 'koa-jwt middleware HS256, secret as a string (the naive server)',
      operation: timeKoaJwt(koaJwt({ secret, ...hsOptions }), hsToken),
      isCorrect: hasSubject,
    },
    {
      id: 'koa-jwt-hs256-key-object',
      // The jwt-api's shape: its getToken picks the KeyObject and hands it over as the
      // per-request `ctx.state.secret`. (koa-jwt's types predate KeyObject.)
      label: 'koa-jwt middleware HS256 (patched), `KeyObject` chosen in getToken (as the jwt-api)',
      operation: timeKoaJwt(
        koaJwt({
          ...hsOptions,
          secret: '',
          getToken: (ctx) => {
            ctx.state.secret = secretKey;
            return hsToken;
          },
        } as koaJwt.Options),
        hsToken,
      ),
      isCorrect: hasSubject,
    },
    {
      id: 'p-any-one-promise',
      label: '`p-any` around one settled promise (koa-jwt as published, on every request)',
      operation: { kind: 'async', run: () => pAny([Promise.resolve({ sub: '42' })]) },
      isCorrect: hasSubject,
    },
    {
      id: 'users-row-by-id',
      label: 'users row by primary key (better-sqlite3, WAL file), the read the check used to make',
      operation: { kind: 'sync', run: () => users.findUserById(42) },
      isCorrect: (result) => (result as { id?: unknown } | null)?.id === 42,
    },
    {
      id: 'memory-revocation-check',
      label:
        'revocation check, memory store: denylist, family and credential floor (3 `Map` reads)',
      operation: {
        kind: 'async',
        run: () =>
          revocationStore.isAccessTokenRevoked({
            jti: randomUUID(),
            familyId: randomUUID(),
            userId: 42,
            credentialVersion: 1,
            issuedAtSeconds: Math.floor(Date.now() / 1000),
          }),
      },
      isCorrect: (result) => result === false,
    },
  ];
  cases.push(...buildLibraryCases({ secretKey, hsToken }));
  if (redis !== null) {
    cases.push({
      id: 'redis-ping',
      label: REDIS_PING_LABEL,
      operation: { kind: 'async', run: () => redis.ping() },
      isCorrect: (result) => result === 'PONG',
    });
  }
  return cases;
}
