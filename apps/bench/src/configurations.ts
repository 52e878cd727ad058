/**
 * What is measured: every configuration answers the same `GET /me` contract, each a real server in
 * its own process, started the way production starts it (NODE_ENV=production, fresh strong
 * secrets, LOG_LEVEL=error). authlab's APIs are started through their public entry
 * (`src/server.ts` with environment variables), like any deployment would.
 *
 * Configurations come in framework groups, each with its own floor: the framework answering the
 * same JSON with no authentication. A configuration's cost is measured over ITS framework's floor,
 * so Express's own price is not charged to express-session, nor Koa's to the APIs.
 * "Trace on": the APIs always write their Server-Timing header, and the numbers include it.
 */
import { join } from 'node:path';
import type { ServerSpec } from './child-server.ts';
import { BENCH_LOGIN_PASSWORD, type CredentialKind } from './log-in.ts';
import { BENCH_PACKAGE_DIR, JWT_API_DIR, SESSION_API_DIR } from './paths.ts';
import { generateEs256PrivateKeyPem, generateSecret } from './secrets.ts';

export type Framework = 'koa' | 'express' | 'fastify' | 'hono';
/** floor: the group's bare route. reference: a row to read, not an authentication. */
export type Role = 'floor' | 'reference' | 'auth';

export interface Configuration {
  readonly id: string;
  readonly label: string;
  readonly framework: Framework;
  readonly role: Role;
  readonly credential: CredentialKind;
  readonly usesRedis: boolean;
  /** authlab's own APIs, whose rows the docs quote; the others are peers and references. */
  readonly authlab: boolean;
  readonly server: ServerSpec;
}

export interface ConfigurationContext {
  /** null: no Redis answered, the Redis configurations are skipped. */
  readonly redisUrl: string | null;
  /** A temporary folder for the users databases. */
  readonly dataDir: string;
  /** Unique per run: Redis keys are namespaced with it, so parallel runs never collide. */
  readonly runId: string;
  /** koa-jwt as published (unpatched-koa-jwt.ts), for the unpatched jwt-api row; null: none. */
  readonly unpatchedKoaJwtDir: string | null;
}

/**
 * `<limit>/<window seconds>`, high enough that the benchmark's logins from one address never hit
 * the limiter (production defaults: 5 failures per account, 20 attempts per address, per 900 s).
 */
export const BENCH_LOGIN_RATE_LIMIT = '999999/900';

/** Every Redis key a run creates starts with this; the run deletes exactly these at the end. */
export function redisKeyPrefix(runId: string): string {
  return `authlab-bench:${runId}:`;
}

export interface Secrets {
  readonly sessionSecret: string;
  readonly jwtSecret: string;
  readonly es256PrivateKeyPem: string;
}

export type StartServer = (
  context: ConfigurationContext,
  secrets: Secrets,
  id: string,
) => ServerSpec;

/** One of the bench's own servers (src/servers/): floors, the naive JWT, the peers. */
export function ownServer(
  file: string,
  env: (secrets: Secrets) => Record<string, string> = () => ({}),
): StartServer {
  return (context, secrets, id) => ({
    cwd: BENCH_PACKAGE_DIR,
    entry: `src/servers/${file}`,
    env: {
      NODE_ENV: 'production',
      BENCH_LOGIN_PASSWORD,
      USERS_DB_PATH: join(context.dataDir, `${id}.sqlite`),
      ...env(secrets),
    },
  });
}

/** One of authlab's APIs through its public entry, `src/server.ts`, configured by environment. */
export function apiServer(
  kind: 'session' | 'jwt',
  store: 'memory' | 'redis',
  algorithm: 'HS256' | 'ES256' = 'HS256',
): StartServer {
  return (context, secrets, id) => {
    const redis =
      store === 'redis' && context.redisUrl !== null
        ? {
            REDIS_URL: context.redisUrl,
            REDIS_KEY_PREFIX: `${redisKeyPrefix(context.runId)}${id}:`,
          }
        : {};
    const keys =
      kind === 'session'
        ? { SESSION_SECRET: secrets.sessionSecret }
        : algorithm === 'ES256'
          ? { JWT_ALGORITHM: 'ES256', JWT_PRIVATE_KEY: secrets.es256PrivateKeyPem }
          : { JWT_ALGORITHM: 'HS256', JWT_SECRET: secrets.jwtSecret };
    return {
      cwd: kind === 'session' ? SESSION_API_DIR : JWT_API_DIR,
      entry: 'src/server.ts',
      env: {
        NODE_ENV: 'production',
        LOG_LEVEL: 'error',
        USERS_DB_PATH: join(context.dataDir, `${id}.sqlite`),
        LOGIN_RATE_LIMIT_ACCOUNT: BENCH_LOGIN_RATE_LIMIT,
        LOGIN_RATE_LIMIT_ADDRESS: BENCH_LOGIN_RATE_LIMIT,
        ...redis,
        ...keys,
      },
    };
  };
}

export type ConfigurationEntry = Omit<Configuration, 'server'> & { readonly start: StartServer };

/** A floor or peer, one of the bench's own servers. */
export function ownEntry(
  framework: Framework,
  role: Role,
  credential: CredentialKind,
  id: string,
  label: string,
  start: StartServer,
): ConfigurationEntry {
  return { id, label, framework, role, credential, usesRedis: false, authlab: false, start };
}
const UNPATCHED_HOOKS_PATH = join(BENCH_PACKAGE_DIR, 'src/servers/unpatched-koa-jwt-hooks.mjs');

/** The jwt-api (HS256, memory store) unchanged, but resolving koa-jwt to the published code. */
export function unpatchedJwtApiServer(): StartServer {
  return (context, secrets, id) => {
    if (context.unpatchedKoaJwtDir === null) throw new Error('no unpatched koa-jwt copy');
    const spec = apiServer('jwt', 'memory')(context, secrets, id);
    const env = { ...spec.env, BENCH_UNPATCHED_KOA_JWT_DIR: context.unpatchedKoaJwtDir };
    return { ...spec, env, imports: [UNPATCHED_HOOKS_PATH] };
  };
}

export function generateSecrets(): Secrets {
  return {
    sessionSecret: generateSecret(),
    jwtSecret: generateSecret(),
    es256PrivateKeyPem: generateEs256PrivateKeyPem(),
  };
}
