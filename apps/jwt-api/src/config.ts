/**
 * The jwt-api's configuration: read once from the environment, validated, frozen.
 *
 * Teaches: a signing key is the whole security of a JWT system — whoever holds it mints any token
 * for anyone — so the server refuses to start in production without a strong one, and development
 * gets a generated key kept in `.data/` (gitignored), never a hard-coded "secret". Every bad
 * variable is reported at once, so a misconfigured deployment is fixed in one go.
 *
 * Flow step ids: none (start-up configuration).
 * Reference: RFC 7518 §3.2 ("A key of the same size as the hash output (for instance, 256 bits for
 * "HS256") or larger MUST be used"); RFC 8725 §3.5 (keys with enough entropy); RFC 9700 §4.14.2
 * (refresh token lifetimes); OWASP Secrets Management Cheat Sheet.
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
import { z } from 'zod';
import {
  isEs256PrivateKeyPem,
  isEs256PublicKeyPem,
  type JwtAlgorithm,
  loadDevPrivateKey,
} from './keys/load-keys.ts';

/** `<jwt-api>/.data`: development secrets and keys (gitignored). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data', import.meta.url));

export const DEFAULT_PORT = 4002;
/** RFC 9068 access tokens are short-lived: 15 minutes bounds what a leaked one is worth. */
export const ACCESS_TOKEN_TTL_SECONDS = 900;
/** One refresh token is usable for 7 days at most (and only once: it rotates on use). */
export const REFRESH_TOKEN_TTL_SECONDS = 604_800;
/** A login (refresh token family) ends 30 days after the password was typed, whatever happens. */
export const REFRESH_FAMILY_MAX_AGE_SECONDS = 2_592_000;

/** The lab's attacker site (apps/attacker-site): the vulnerable verifier's only `jku` origin. */
export const DEFAULT_LAB_ATTACKER_ORIGIN = 'http://127.0.0.1:4300';

/** The common variables (@authlab/http/common-config), then the JWT mechanism's own. */
export interface Config extends CommonConfig {
  readonly jwtAlgorithm: JwtAlgorithm;
  /** HS256 only: the shared secret (UTF-8 bytes are the HMAC key). */
  readonly jwtSecret: string | null;
  /** ES256 only: the current signing key (PKCS#8 or SEC1 PEM). */
  readonly jwtPrivateKeyPem: string | null;
  /** ES256 only: retired public keys that still verify tokens signed before a rotation. */
  readonly jwtPreviousPublicKeyPems: readonly string[];
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  readonly refreshFamilyMaxAgeSeconds: number;
  /** The only origin the lab's vulnerable verifier may fetch a `jku` from (lab only). */
  readonly labAttackerOrigin: string;
}

const PEM_BLOCK = /-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g;

/** Env files often carry PEMs on one line with literal `\n`. */
function unescapePem(value: string): string {
  return value.replace(/\\n/g, '\n').trim();
}

/** A P-256 private key in PEM, checked now rather than at the first login. */
function es256PrivateKeyPem() {
  return z
    .string()
    .transform(unescapePem)
    .refine(isEs256PrivateKeyPem, 'must be a PEM-encoded P-256 (ES256) private key');
}

/** Zero or more concatenated `PUBLIC KEY` PEM blocks, each a P-256 public key. */
function es256PublicKeyPems() {
  return z
    .string()
    .transform((value) => unescapePem(value).match(PEM_BLOCK) ?? [])
    .refine(
      (pems) => pems.every(isEs256PublicKeyPem),
      'must hold PEM-encoded P-256 (ES256) public keys',
    );
}

/**
 * `http://127.0.0.1:<port>` and nothing else: the vulnerable verifier's `jku` fetch must never
 * reach the internet or another host, whatever this variable says.
 */
function labAttackerOrigin() {
  return z
    .url({ protocol: /^http$/ })
    .default(DEFAULT_LAB_ATTACKER_ORIGIN)
    .transform((url) => new URL(url).origin)
    .refine(
      (origin) => /^http:\/\/127\.0\.0\.1:\d+$/.test(origin),
      'must be http://127.0.0.1:<port> (the lab attacker site)',
    );
}

function buildShape(env: Env) {
  const isProduction = env.NODE_ENV === 'production';
  const algorithm = env.JWT_ALGORITHM ?? 'HS256';
  // Production must be given its key; development may generate one (below).
  const requireSecret = isProduction && algorithm === 'HS256';
  const requirePrivateKey = isProduction && algorithm === 'ES256';
  return {
    ...commonEnvShape(env, {
      port: DEFAULT_PORT,
      instanceIdPrefix: 'jwt',
      redisKeyPrefix: 'authlab:jwt:',
    }),
    JWT_ALGORITHM: z.enum(['HS256', 'ES256']).default('HS256'),
    JWT_SECRET: requireSecret
      ? envStrongSecret('JWT_SECRET')
      : envStrongSecret('JWT_SECRET').optional(),
    JWT_PRIVATE_KEY: requirePrivateKey ? es256PrivateKeyPem() : es256PrivateKeyPem().optional(),
    JWT_PREVIOUS_PUBLIC_KEYS: es256PublicKeyPems().optional(),
    ACCESS_TOKEN_TTL_SECONDS: envSeconds(ACCESS_TOKEN_TTL_SECONDS),
    REFRESH_TOKEN_TTL_SECONDS: envSeconds(REFRESH_TOKEN_TTL_SECONDS),
    REFRESH_FAMILY_MAX_AGE_SECONDS: envSeconds(REFRESH_FAMILY_MAX_AGE_SECONDS),
    LAB_ATTACKER_ORIGIN: labAttackerOrigin(),
  };
}

export function loadConfig(env: Env, options: LoadConfigOptions = {}): Readonly<Config> {
  const parsed = readConfig(env, buildShape(env));
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const isHs256 = parsed.JWT_ALGORITHM === 'HS256';
  // Development only (both helpers refuse with NODE_ENV=production, and production required the
  // variable above): a key generated on first start and kept in .data/, labelled as such.
  const jwtSecret = isHs256 ? (parsed.JWT_SECRET ?? loadDevSecret(dataDir, 'JWT_SECRET')) : null;
  const jwtPrivateKeyPem = isHs256 ? null : (parsed.JWT_PRIVATE_KEY ?? loadDevPrivateKey(dataDir));
  return Object.freeze({
    ...toCommonConfig(parsed),
    jwtAlgorithm: parsed.JWT_ALGORITHM,
    jwtSecret,
    jwtPrivateKeyPem,
    jwtPreviousPublicKeyPems: Object.freeze(parsed.JWT_PREVIOUS_PUBLIC_KEYS ?? []),
    accessTokenTtlSeconds: parsed.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: parsed.REFRESH_TOKEN_TTL_SECONDS,
    refreshFamilyMaxAgeSeconds: parsed.REFRESH_FAMILY_MAX_AGE_SECONDS,
    labAttackerOrigin: parsed.LAB_ATTACKER_ORIGIN,
  });
}
