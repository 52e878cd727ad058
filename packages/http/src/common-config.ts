/**
 * The configuration every authlab API reads, whatever its auth mechanism: where it listens, who it
 * trusts, how it logs, where its stores live. Each API spreads `commonEnvShape()` into its own
 * `readConfig` shape, adds its mechanism's variables (secrets, lifetimes), and starts its frozen
 * `Config` from `toCommonConfig()` — so both read the same names with the same defaults and the
 * same checks, and one bad variable of either kind is listed with all the others.
 *
 * The security-relevant defaults:
 * - `HOST` 127.0.0.1: nothing outside this machine reaches a development server by accident.
 * - `TRUST_PROXY` false: X-Forwarded-For is honoured only when a proxy is known to set it;
 *   otherwise any client could pick its own address and walk around the per-address rate limit.
 * - `COOKIE_SECURE` true in production: `Secure` cookies with the `__Host-`/`__Secure-` names.
 * - `LAB_ENABLED` false in production, and refused there: the lab view shows server state and
 *   moves the server's clock.
 * - `LOGIN_RATE_LIMIT_ACCOUNT` 5 failures and `LOGIN_RATE_LIMIT_ADDRESS` 20 attempts per 15 minutes.
 * - `LAB_MODES` empty: every vulnerable lab mode (@authlab/flows/lab-modes) starts off. Naming one
 *   is refused in production and whenever the lab is disabled: a weakened server must never be
 *   one a real user can reach. Each API takes the ids it implements and ignores the other's, so
 *   `npm start` can pass one list to both.
 * - `SERVER_TIMING_DURATIONS` false in production: `Server-Timing` names the steps but gives no
 *   durations, which would time the credential check for anyone (a timing oracle, trace.ts).
 *
 * Reference: The Twelve-Factor App, "III. Config"; OWASP Authentication Cheat Sheet, "Protect
 * Against Automated Attacks"; docs/security.md, "Rate limiting and password storage".
 */
import { randomBytes } from 'node:crypto';
import { isLabModeId, type LabModeId } from '@authlab/flows/lab-modes';
import { z } from 'zod';
import { type Env, envBoolean, envOrigins, envRateLimit } from './config.ts';
import type { LogLevel } from './logger.ts';
import type { RateLimit } from './rate-limit.ts';

/** The web app's development origins (vite dev server and preview, by name and by address). */
export const DEFAULT_ALLOWED_ORIGINS = 'http://localhost:5173,http://127.0.0.1:5173';
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_LOGIN_RATE_LIMIT_ACCOUNT = '5/900';
export const DEFAULT_LOGIN_RATE_LIMIT_ADDRESS = '20/900';

export interface CommonConfig {
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
  /** Vulnerable lab modes switched on at start-up (both APIs' ids; each uses its own). */
  readonly labModes: readonly LabModeId[];
  readonly serverTimingDurations: boolean;
  readonly logLevel: LogLevel;
  readonly usersDbPath: string | null;
  readonly loginRateLimitAccount: RateLimit;
  readonly loginRateLimitAddress: RateLimit;
}

/** What differs between the APIs among the common variables. */
export interface CommonEnvDefaults {
  readonly port: number;
  /** The generated INSTANCE_ID starts with it: `session` → `session-3f9a1c`. */
  readonly instanceIdPrefix: string;
  readonly redisKeyPrefix: string;
}

/** `LAB_MODES`: comma-separated lab mode ids, refused unless the lab is enabled in development. */
function envLabModes(isProduction: boolean, labEnabled: boolean) {
  return z
    .string()
    .default('')
    .transform((csv, context) => {
      const ids = csv
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
      const unknown = ids.filter((id) => !isLabModeId(id));
      if (unknown.length > 0) {
        context.addIssue({ code: 'custom', message: `unknown lab mode(s): ${unknown.join(', ')}` });
        return z.NEVER;
      }
      if (ids.length > 0 && isProduction) {
        context.addIssue({
          code: 'custom',
          message: 'vulnerable lab modes are refused in production',
        });
        return z.NEVER;
      }
      if (ids.length > 0 && !labEnabled) {
        context.addIssue({ code: 'custom', message: 'vulnerable lab modes need LAB_ENABLED=true' });
        return z.NEVER;
      }
      return [...new Set(ids)] as LabModeId[];
    });
}

/** The common variables as a `readConfig` shape; `env` decides the production defaults. */
export function commonEnvShape(env: Env, defaults: CommonEnvDefaults) {
  const isProduction = env.NODE_ENV === 'production';
  const labEnabledValue = env.LAB_ENABLED;
  const labEnabled =
    labEnabledValue === undefined
      ? !isProduction
      : labEnabledValue === 'true' || labEnabledValue === '1';
  return {
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(defaults.port),
    HOST: z.string().min(1).default(DEFAULT_HOST),
    INSTANCE_ID: z
      .string()
      .regex(/^[\w.-]{1,64}$/, 'use letters, digits, ".", "_" or "-" (at most 64)')
      .default(() => `${defaults.instanceIdPrefix}-${randomBytes(3).toString('hex')}`),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    REDIS_KEY_PREFIX: z.string().default(defaults.redisKeyPrefix),
    ALLOWED_ORIGINS: envOrigins(DEFAULT_ALLOWED_ORIGINS),
    TRUST_PROXY: envBoolean(false),
    COOKIE_SECURE: envBoolean(isProduction),
    LAB_ENABLED: envBoolean(!isProduction).refine(
      (enabled) => !(isProduction && enabled),
      'the lab view must not be enabled in production',
    ),
    LAB_MODES: envLabModes(isProduction, labEnabled),
    SERVER_TIMING_DURATIONS: envBoolean(!isProduction),
    LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
    USERS_DB_PATH: z.string().min(1).optional(),
    LOGIN_RATE_LIMIT_ACCOUNT: envRateLimit(DEFAULT_LOGIN_RATE_LIMIT_ACCOUNT),
    LOGIN_RATE_LIMIT_ADDRESS: envRateLimit(DEFAULT_LOGIN_RATE_LIMIT_ADDRESS),
  };
}

export type CommonEnv = z.output<z.ZodObject<ReturnType<typeof commonEnvShape>>>;

/** The common part of an API's `Config`, from what `readConfig` parsed. */
export function toCommonConfig(parsed: CommonEnv): CommonConfig {
  return {
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
    labModes: Object.freeze(parsed.LAB_MODES),
    serverTimingDurations: parsed.SERVER_TIMING_DURATIONS,
    logLevel: parsed.LOG_LEVEL,
    usersDbPath: parsed.USERS_DB_PATH ?? null,
    loginRateLimitAccount: parsed.LOGIN_RATE_LIMIT_ACCOUNT,
    loginRateLimitAddress: parsed.LOGIN_RATE_LIMIT_ADDRESS,
  };
}

export interface LoadConfigOptions {
  /** Where development secrets are generated; tests pass a temporary directory. */
  dataDir?: string;
}
