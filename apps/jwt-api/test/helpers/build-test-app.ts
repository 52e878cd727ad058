/**
 * A real app for tests: createApp with a private copy of the seeded users database, a manual clock
 * (wrapped in a lab clock, as in development), a silent logger and real stores — in memory, or in
 * Redis when a client is passed (redis.ts gives each test client its own key prefix).
 *
 * `mintLogin()` issues the tokens POST /login would (same signer, same store) without the password
 * KDF, which costs ≈ 0.3 s by design: suites log in over HTTP where the login is the subject, and
 * mint tokens everywhere else.
 */
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createLabClock, type ManualClock } from '@authlab/http/clock';
import { createLogger } from '@authlab/http/logger';
import { createCounterStore } from '@authlab/http/rate-limit';
import { openDatabaseCopy } from '@authlab/http/testing/database-template';
import { createTestClock, createTestEnv } from '@authlab/http/testing/test-defaults';
import { openUsersDatabase, type UsersDatabase } from '@authlab/users/users-database';
import {
  createUsersRepository,
  type User,
  type UsersRepository,
} from '@authlab/users/users-repository';
import type { Redis } from 'ioredis';
import type Koa from 'koa';
import { inject } from 'vitest';
import { createApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { createKeySet, type KeySet } from '../../src/keys/key-set.ts';
import { createMemoryRevocationStore } from '../../src/stores/memory-revocation-store.ts';
import { createRedisRevocationStore } from '../../src/stores/redis-revocation-store.ts';
import type { RefreshDelivery, RevocationStore } from '../../src/stores/revocation-store.ts';
import { createRefreshTokens, type RefreshTokens } from '../../src/tokens/refresh-tokens.ts';
import {
  createTokenId,
  createTokenSigner,
  type TokenSigner,
} from '../../src/tokens/sign-tokens.ts';

export const TEST_JWT_SECRET = randomBytes(32).toString('hex');

export interface TestAppOptions {
  /** Environment variables on top of the test defaults (NODE_ENV=test, LOG_LEVEL=silent…). */
  env?: Record<string, string>;
  /** Redis stores instead of memory ones (revocation state and rate-limit counters). */
  redis?: Redis;
  /** To play a second instance of the same deployment: share the clock, users and store. */
  clock?: ManualClock;
  database?: UsersDatabase;
  revocationStore?: RevocationStore;
}

export interface TestApp {
  readonly app: Koa;
  readonly callback: ReturnType<Koa['callback']>;
  readonly config: Readonly<Config>;
  readonly clock: ManualClock;
  readonly database: UsersDatabase;
  readonly users: UsersRepository;
  readonly keys: KeySet;
  readonly revocationStore: RevocationStore;
  readonly signer: TokenSigner;
  readonly refreshTokens: RefreshTokens;
  close(): void;
}

/** A private copy of the template that global-setup.ts seeded (no scrypt at all here). */
export function openTestUsersDatabase(): UsersDatabase {
  return openDatabaseCopy(inject('usersTemplatePath'), (path) => openUsersDatabase({ path }));
}

export function generateEs256PrivateKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

export function publicKeyPemOf(privateKeyPem: string): string {
  return createPublicKey(privateKeyPem).export({ format: 'pem', type: 'spki' }).toString();
}

export function buildTestApp(options: TestAppOptions = {}): TestApp {
  const config = loadConfig({ ...createTestEnv(), JWT_SECRET: TEST_JWT_SECRET, ...options.env });
  const clock = options.clock ?? createTestClock();
  const appClock = config.labEnabled ? createLabClock(clock) : clock;
  const database = options.database ?? openTestUsersDatabase();
  const users = createUsersRepository(database);
  const keys = createKeySet({
    algorithm: config.jwtAlgorithm,
    secret: config.jwtSecret,
    privateKeyPem: config.jwtPrivateKeyPem,
    previousPublicKeyPems: config.jwtPreviousPublicKeyPems,
  });
  const { accessTokenTtlSeconds } = config;
  const revocationStore =
    options.revocationStore ??
    (options.redis === undefined
      ? createMemoryRevocationStore({ clock: appClock, accessTokenTtlSeconds })
      : createRedisRevocationStore(options.redis, { clock: appClock, accessTokenTtlSeconds }));
  const rateLimitStore = createCounterStore(options.redis ?? null, appClock);
  const app = createApp({
    config,
    users,
    clock: appClock,
    logger: createLogger({ level: 'silent', name: 'jwt-api-test' }),
    rateLimitStore,
    revocationStore,
    keys,
  });
  const signer = createTokenSigner({ keys, clock: appClock, accessTokenTtlSeconds });
  const refreshTokens = createRefreshTokens({
    store: revocationStore,
    signer,
    clock: appClock,
    cookieSecure: config.cookieSecure,
    refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
    refreshFamilyMaxAgeSeconds: config.refreshFamilyMaxAgeSeconds,
  });
  return {
    app,
    callback: app.callback(),
    config,
    clock,
    database,
    users,
    keys,
    revocationStore,
    signer,
    refreshTokens,
    close: () => database.close(),
  };
}

export interface MintedLogin {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly familyId: string;
  readonly user: User;
}

/** What POST /login would issue for `userId`, without the password check. */
export async function mintLogin(
  testApp: TestApp,
  userId: number,
  delivery: RefreshDelivery = 'cookie',
): Promise<MintedLogin> {
  const user = testApp.users.findUserById(userId);
  if (user === null) throw new Error(`No user ${userId}.`);
  const familyId = createTokenId();
  const access = testApp.signer.signAccessToken(user, familyId);
  const refresh = await testApp.refreshTokens.startFamily(user, familyId, delivery);
  return { accessToken: access.token, refreshToken: refresh.token, familyId, user };
}

export interface VerifierTestApp {
  readonly callback: ReturnType<Koa['callback']>;
  close(): void;
}

/**
 * A verifier (JWT_JWKS_URL): no key of its own, the signer's public keys fetched over HTTP. It
 * shares the signer's clock (one deployment) and has its own memory revocation store.
 */
export function buildVerifierTestApp(jwksUrl: string, clock: ManualClock): VerifierTestApp {
  const config = loadConfig({ ...createTestEnv(), JWT_JWKS_URL: jwksUrl });
  const appClock = createLabClock(clock);
  const database = openTestUsersDatabase();
  const { accessTokenTtlSeconds } = config;
  const app = createApp({
    config,
    users: createUsersRepository(database),
    clock: appClock,
    logger: createLogger({ level: 'silent', name: 'jwt-api-verifier-test' }),
    rateLimitStore: createCounterStore(null, appClock),
    revocationStore: createMemoryRevocationStore({ clock: appClock, accessTokenTtlSeconds }),
    keys: null,
  });
  return { callback: app.callback(), close: () => database.close() };
}
