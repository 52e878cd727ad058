/**
 * The session-api's configuration: read once from the environment, validated, frozen.
 *
 * Teaches: the session cookie is signed with SESSION_SECRET, so the server refuses to start in
 * production without a strong one (at least 32 random bytes), and development gets a generated
 * secret kept in `.data/` (gitignored), never a hard-coded "secret". The session lifetimes are
 * configuration with safe defaults: 30 minutes idle, 8 hours absolute. Every bad variable is
 * reported at once, so a misconfigured deployment is fixed in one go.
 *
 * Reference: OWASP Session Management Cheat Sheet, "Session Expiration" (idle and absolute
 * timeouts); OWASP Secrets Management Cheat Sheet; ASVS 5.0 V7.3.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  assertStrongSecret,
  type Env,
  envBoolean,
  envOrigins,
  loadDevSecret,
  readConfig,
} from '@authlab/http/config';
import type { LogLevel } from '@authlab/http/logger';
import type { RateLimit } from '@authlab/http/rate-limit';
import { z } from 'zod';

/** `<session-api>/.data`: development secrets (gitignored). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data', import.meta.url));

export const DEFAULT_PORT = 4001;
export const DEFAULT_ALLOWED_ORIGINS = 'http://localhost:5173,http://127.0.0.1:5173';
/** OWASP: "common idle timeouts ranges are 2-5 minutes for high-value applications and 15-30 minutes for low risk". */
export const SESSION_IDLE_TIMEOUT_SECONDS = 1800;
/** OWASP: "common absolute timeouts range between 4 and 8 hours" — a working day. */
export const SESSION_ABSOLUTE_TIMEOUT_SECONDS = 28_800;

export interface Config {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly isProduction: boolean;
  readonly port: number;
  readonly host: string;
  readonly instanceId: string;
  readonly redisUrl: string | null;
  readonly redisKeyPrefix: string;
  readonly allowedOrigins: readonly string[];
  readonly trustProxy: boolean;
  readonly cookieSecure: boolean;
  readonly labEnabled: boolean;
  readonly logLevel: LogLevel;
  readonly usersDbPath: string | null;
  readonly loginRateLimitAccount: RateLimit;
  readonly loginRateLimitAddress: RateLimit;
  /** Signs the session cookie (app.keys); not what makes the id unguessable (see session-cookie.ts). */
  readonly sessionSecret: string;
  readonly sessionIdleTimeoutSeconds: number;
  readonly sessionAbsoluteTimeoutSeconds: number;
}

export interface LoadConfigOptions {
  /** Where development secrets are generated; tests pass a temporary directory. */
  dataDir?: string;
}

/** `"5/900"` → five per 900-second window. */
function envRateLimit(defaultValue: string) {
  return z
    .string()
    .default(defaultValue)
    .transform((value, context): RateLimit => {
      const match = /^(\d{1,6})\/(\d{1,7})$/.exec(value.trim());
      const limit = Number(match?.[1]);
      const windowSeconds = Number(match?.[2]);
      if (!match || limit < 1 || windowSeconds < 1) {
        context.addIssue({
          code: 'custom',
          message: 'expected <limit>/<window seconds>, e.g. 5/900',
        });
        return z.NEVER;
      }
      return { limit, windowSeconds };
    });
}

function envSeconds(defaultValue: number) {
  return z.coerce.number().int().min(1).max(31_536_000).default(defaultValue);
}

function strongSecret(name: string) {
  return z.string().superRefine((value, context) => {
    try {
      assertStrongSecret(value, undefined, name);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });
}

function buildShape(env: Env) {
  const isProduction = env.NODE_ENV === 'production';
  return {
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
    HOST: z.string().min(1).default('127.0.0.1'),
    INSTANCE_ID: z
      .string()
      .regex(/^[\w.-]{1,64}$/, 'use letters, digits, ".", "_" or "-" (at most 64)')
      .default(() => `session-${randomBytes(3).toString('hex')}`),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    REDIS_KEY_PREFIX: z.string().default('authlab:session:'),
    ALLOWED_ORIGINS: envOrigins(DEFAULT_ALLOWED_ORIGINS),
    TRUST_PROXY: envBoolean(false),
    COOKIE_SECURE: envBoolean(isProduction),
    LAB_ENABLED: envBoolean(!isProduction).refine(
      (enabled) => !(isProduction && enabled),
      'the lab view must not be enabled in production',
    ),
    LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
    USERS_DB_PATH: z.string().min(1).optional(),
    LOGIN_RATE_LIMIT_ACCOUNT: envRateLimit('5/900'),
    LOGIN_RATE_LIMIT_ADDRESS: envRateLimit('20/900'),
    // Production must be given its secret; development may generate one (below).
    SESSION_SECRET: isProduction
      ? strongSecret('SESSION_SECRET')
      : strongSecret('SESSION_SECRET').optional(),
    SESSION_IDLE_TIMEOUT_SECONDS: envSeconds(SESSION_IDLE_TIMEOUT_SECONDS),
    SESSION_ABSOLUTE_TIMEOUT_SECONDS: envSeconds(SESSION_ABSOLUTE_TIMEOUT_SECONDS),
  };
}

export function loadConfig(env: Env, options: LoadConfigOptions = {}): Readonly<Config> {
  const parsed = readConfig(env, buildShape(env));
  if (parsed.SESSION_IDLE_TIMEOUT_SECONDS > parsed.SESSION_ABSOLUTE_TIMEOUT_SECONDS) {
    throw new Error(
      'Invalid configuration:\n  - SESSION_IDLE_TIMEOUT_SECONDS: must not exceed SESSION_ABSOLUTE_TIMEOUT_SECONDS',
    );
  }
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  // Development only (loadDevSecret refuses with NODE_ENV=production, and production required the
  // variable above): a secret generated on first start and kept in .data/, labelled as such.
  const sessionSecret = parsed.SESSION_SECRET ?? loadDevSecret(dataDir, 'SESSION_SECRET');
  return Object.freeze({
    nodeEnv: parsed.NODE_ENV,
    isProduction: parsed.NODE_ENV === 'production',
    port: parsed.PORT,
    host: parsed.HOST,
    instanceId: parsed.INSTANCE_ID,
    redisUrl: parsed.REDIS_URL ?? null,
    redisKeyPrefix: parsed.REDIS_KEY_PREFIX,
    allowedOrigins: Object.freeze(parsed.ALLOWED_ORIGINS),
    trustProxy: parsed.TRUST_PROXY,
    cookieSecure: parsed.COOKIE_SECURE,
    labEnabled: parsed.LAB_ENABLED,
    logLevel: parsed.LOG_LEVEL,
    usersDbPath: parsed.USERS_DB_PATH ?? null,
    loginRateLimitAccount: parsed.LOGIN_RATE_LIMIT_ACCOUNT,
    loginRateLimitAddress: parsed.LOGIN_RATE_LIMIT_ADDRESS,
    sessionSecret,
    sessionIdleTimeoutSeconds: parsed.SESSION_IDLE_TIMEOUT_SECONDS,
    sessionAbsoluteTimeoutSeconds: parsed.SESSION_ABSOLUTE_TIMEOUT_SECONDS,
  });
}
