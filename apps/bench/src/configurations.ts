/**
 * What is measured: every configuration the docs compare, each a real server started the way
 * production starts it (NODE_ENV=production, strong secrets, LOG_LEVEL=error).
 *
 * The targets are the issues' acceptance criteria, as a fraction of the bare route's throughput.
 * "Trace on": the APIs always write their Server-Timing header, and the numbers include it.
 */
import { join } from 'node:path';
import type { ServerSpec } from './child-server.ts';
import type { CredentialKind } from './log-in.ts';
import { BENCH_PACKAGE_DIR, JWT_API_DIR, SESSION_API_DIR } from './paths.ts';
import { generateEs256PrivateKeyPem, generateSecret } from './secrets.ts';

export const CONFIGURATION_IDS = [
  'bare',
  'plain-koa',
  'session-memory',
  'session-redis',
  'jwt-hs256-memory',
  'jwt-hs256-redis',
  'jwt-es256-memory',
  'jwt-es256-redis',
  'naive-jwt-hs256',
] as const;
export type ConfigurationId = (typeof CONFIGURATION_IDS)[number];

/** Logins are bounded by the password KDF, not by the mechanism: one per API (+ ES256 signing). */
export const LOGIN_CONFIGURATION_IDS: readonly ConfigurationId[] = [
  'session-memory',
  'jwt-hs256-memory',
  'jwt-es256-memory',
];

/**
 * `<limit>/<window seconds>`, high enough that the benchmark's logins from one address never hit
 * the limiter (production defaults: 5 failures per account, 20 attempts per address, per 900 s).
 * The docs say so: the login figures are measured with the limiter effectively off.
 */
export const BENCH_LOGIN_RATE_LIMIT = '999999/900';

export interface Configuration {
  readonly id: ConfigurationId;
  readonly label: string;
  readonly credential: CredentialKind;
  readonly usesRedis: boolean;
  /** The target: rps ≥ minRatioToBare × rps(bare); null when there is none. */
  readonly minRatioToBare: number | null;
  readonly server: ServerSpec;
}

export interface ConfigurationContext {
  /** null: no Redis answered, the Redis configurations are skipped. */
  readonly redisUrl: string | null;
  /** A temporary folder for the users databases. */
  readonly dataDir: string;
  /** Unique per run: Redis keys are namespaced with it, so parallel runs never collide. */
  readonly runId: string;
}

interface ConfigurationShape {
  readonly id: ConfigurationId;
  readonly label: string;
  readonly credential: CredentialKind;
  readonly minRatioToBare: number | null;
  readonly app: 'bare' | 'plain' | 'naive' | 'session' | 'jwt';
  readonly store: 'memory' | 'redis' | null;
  readonly algorithm?: 'HS256' | 'ES256';
}

const SHAPES: readonly ConfigurationShape[] = [
  {
    id: 'bare',
    label: 'bare Koa route (the floor)',
    credential: 'none',
    minRatioToBare: null,
    app: 'bare',
    store: null,
  },
  {
    id: 'plain-koa',
    label: 'plain Koa middleware, no router (reference)',
    credential: 'none',
    minRatioToBare: null,
    app: 'plain',
    store: null,
  },
  {
    id: 'session-memory',
    label: 'session-api, memory store',
    credential: 'cookie',
    minRatioToBare: 0.45,
    app: 'session',
    store: 'memory',
  },
  {
    id: 'session-redis',
    label: 'session-api, Redis store',
    credential: 'cookie',
    minRatioToBare: 0.33,
    app: 'session',
    store: 'redis',
  },
  {
    id: 'jwt-hs256-memory',
    label: 'jwt-api HS256, memory revocation store (trace on)',
    credential: 'bearer',
    minRatioToBare: 0.33,
    app: 'jwt',
    store: 'memory',
    algorithm: 'HS256',
  },
  {
    id: 'jwt-hs256-redis',
    label: 'jwt-api HS256, Redis revocation store',
    credential: 'bearer',
    minRatioToBare: null,
    app: 'jwt',
    store: 'redis',
    algorithm: 'HS256',
  },
  {
    id: 'jwt-es256-memory',
    label: 'jwt-api ES256, memory revocation store',
    credential: 'bearer',
    minRatioToBare: null,
    app: 'jwt',
    store: 'memory',
    algorithm: 'ES256',
  },
  {
    id: 'jwt-es256-redis',
    label: 'jwt-api ES256, Redis revocation store',
    credential: 'bearer',
    minRatioToBare: null,
    app: 'jwt',
    store: 'redis',
    algorithm: 'ES256',
  },
  {
    id: 'naive-jwt-hs256',
    label: 'naive: koa-jwt HS256, secret as a string',
    credential: 'bearer',
    minRatioToBare: null,
    app: 'naive',
    store: null,
  },
];

function serverFor(
  shape: ConfigurationShape,
  context: ConfigurationContext,
  secrets: Secrets,
): ServerSpec {
  const common = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    USERS_DB_PATH: join(context.dataDir, `${shape.id}.sqlite`),
  };
  const limits = {
    LOGIN_RATE_LIMIT_ACCOUNT: BENCH_LOGIN_RATE_LIMIT,
    LOGIN_RATE_LIMIT_ADDRESS: BENCH_LOGIN_RATE_LIMIT,
  };
  const redis =
    shape.store === 'redis' && context.redisUrl !== null
      ? {
          REDIS_URL: context.redisUrl,
          REDIS_KEY_PREFIX: `${redisKeyPrefix(context.runId)}${shape.id}:`,
        }
      : {};
  switch (shape.app) {
    case 'bare':
      return { cwd: BENCH_PACKAGE_DIR, entry: 'src/servers/bare-server.ts', env: common };
    case 'plain':
      return { cwd: BENCH_PACKAGE_DIR, entry: 'src/servers/plain-koa-server.ts', env: common };
    case 'naive':
      return {
        cwd: BENCH_PACKAGE_DIR,
        entry: 'src/servers/naive-jwt-server.ts',
        env: { ...common, JWT_SECRET: secrets.jwtSecret },
      };
    case 'session':
      return {
        cwd: SESSION_API_DIR,
        entry: 'src/server.ts',
        env: { ...common, ...limits, ...redis, SESSION_SECRET: secrets.sessionSecret },
      };
    case 'jwt': {
      const keys =
        shape.algorithm === 'ES256'
          ? { JWT_ALGORITHM: 'ES256', JWT_PRIVATE_KEY: secrets.es256PrivateKeyPem }
          : { JWT_ALGORITHM: 'HS256', JWT_SECRET: secrets.jwtSecret };
      return {
        cwd: JWT_API_DIR,
        entry: 'src/server.ts',
        env: { ...common, ...limits, ...redis, ...keys },
      };
    }
  }
}

interface Secrets {
  readonly sessionSecret: string;
  readonly jwtSecret: string;
  readonly es256PrivateKeyPem: string;
}

/** Every Redis key a run creates starts with this; the run deletes exactly these at the end. */
export function redisKeyPrefix(runId: string): string {
  return `authlab-bench:${runId}:`;
}

export function buildConfigurations(context: ConfigurationContext): Configuration[] {
  const secrets: Secrets = {
    sessionSecret: generateSecret(),
    jwtSecret: generateSecret(),
    es256PrivateKeyPem: generateEs256PrivateKeyPem(),
  };
  return SHAPES.map((shape) => ({
    id: shape.id,
    label: shape.label,
    credential: shape.credential,
    usesRedis: shape.store === 'redis',
    minRatioToBare: shape.minRatioToBare,
    server: serverFor(shape, context, secrets),
  }));
}
