/**
 * The session-api's configuration: read once from the environment, validated, frozen.
 *
 * Teaches: the session store is keyed with SESSION_SECRET (it holds only an HMAC of each session
 * id, session/session-key.ts), so the server refuses to start in production without a strong one
 * (at least 32 random bytes), and development gets a generated secret kept in `.data/`
 * (gitignored), never a hard-coded "secret". The session lifetimes are configuration with safe
 * defaults: 30 minutes idle, 8 hours absolute. Every bad variable is reported at once, so a
 * misconfigured deployment is fixed in one go.
 *
 * Flow step ids: none (start-up configuration).
 * Reference: OWASP Session Management Cheat Sheet, "Session Expiration" (idle and absolute
 * timeouts); OWASP Secrets Management Cheat Sheet; ASVS 5.0 V7.3.
 */
import { fileURLToPath } from 'node:url';
import {
  type CommonConfig,
  commonEnvShape,
  type LoadConfigOptions,
  toCommonConfig,
} from '@authlab/http/common-config';
import {
  type Env,
  envSeconds,
  envStrongSecret,
  loadDevSecret,
  readConfig,
} from '@authlab/http/config';

/** `<session-api>/.data`: development secrets (gitignored). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data', import.meta.url));

export const DEFAULT_PORT = 4001;
/** OWASP: "common idle timeouts ranges are 2-5 minutes for high-value applications and 15-30 minutes for low risk". */
export const SESSION_IDLE_TIMEOUT_SECONDS = 1800;
/** OWASP: "common absolute timeouts range between 4 and 8 hours" — a working day. */
export const SESSION_ABSOLUTE_TIMEOUT_SECONDS = 28_800;

/** The common variables (@authlab/http/common-config), then the session mechanism's own. */
export interface Config extends CommonConfig {
  /** Keys the HMAC under which the store files each session id (session/session-key.ts). */
  readonly sessionSecret: string;
  readonly sessionIdleTimeoutSeconds: number;
  readonly sessionAbsoluteTimeoutSeconds: number;
}

function buildShape(env: Env) {
  const isProduction = env.NODE_ENV === 'production';
  return {
    ...commonEnvShape(env, {
      port: DEFAULT_PORT,
      instanceIdPrefix: 'session',
      redisKeyPrefix: 'authlab:session:',
    }),
    // Production must be given its secret; development may generate one (below).
    SESSION_SECRET: isProduction
      ? envStrongSecret('SESSION_SECRET')
      : envStrongSecret('SESSION_SECRET').optional(),
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
    ...toCommonConfig(parsed),
    sessionSecret,
    sessionIdleTimeoutSeconds: parsed.SESSION_IDLE_TIMEOUT_SECONDS,
    sessionAbsoluteTimeoutSeconds: parsed.SESSION_ABSOLUTE_TIMEOUT_SECONDS,
  });
}
