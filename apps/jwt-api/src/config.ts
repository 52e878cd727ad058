/**
 * The jwt-api's configuration: read once from the environment, validated, frozen.
 *
 * Teaches: a signing key is the whole security of a JWT system — whoever holds it mints any token
 * for anyone — so the server refuses to start in production without a strong one, and development
 * gets a generated key kept in `.data/` (gitignored), never a hard-coded "secret". Every bad
 * variable is reported at once, so a misconfigured deployment is fixed in one go. A verifier
 * (JWT_JWKS_URL) is the opposite case: it must be given NO key, only its signer's address.
 *
 * Flow step ids: none (start-up configuration).
 * Reference: RFC 7518 §3.2 ("A key of the same size as the hash output (for instance, 256 bits for
 * "HS256") or larger MUST be used"); RFC 8725 §3.5 (keys with enough entropy); RFC 9700 §4.14.2
 * (refresh token lifetimes); RFC 8414 §2 (`jwks_uri`); OWASP Secrets Management Cheat Sheet.
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
  /**
   * A verifier's signer: where its public keys are (JWT_JWKS_URL). Set, this instance holds no
   * key, issues no token, and verifies ES256 tokens with the keys it fetches; `null` on a signer.
   */
  readonly jwtJwksUrl: string | null;
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

/** A verifier's JWKS URL: http(s), and https in production (the keys decide who is trusted). */
function jwksUrl(isProduction: boolean) {
  return z.url({
    protocol: isProduction ? /^https$/ : /^https?$/,
    error: isProduction ? 'must be an https URL in production' : 'must be an http(s) URL',
  });
}

/** A verifier is given an address, not a key: any key variable next to it is a mistake. */
const NO_KEY_ON_A_VERIFIER = z
  .undefined({
    error: 'must not be set with JWT_JWKS_URL: a verifier holds no key, it fetches public ones',
  })
  .optional();

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
  // A verifier (JWT_JWKS_URL) checks ES256 signatures with published keys: a shared secret
  // cannot be published, and any key variable next to the URL is a mistake.
  const isVerifier = env.JWT_JWKS_URL !== undefined;
  // Production must be given its key; development may generate one (below).
  const requireSecret = isProduction && algorithm === 'HS256' && !isVerifier;
  const requirePrivateKey = isProduction && algorithm === 'ES256' && !isVerifier;
  const secret = requireSecret
    ? envStrongSecret('JWT_SECRET')
    : envStrongSecret('JWT_SECRET').optional();
  const privateKey = requirePrivateKey ? es256PrivateKeyPem() : es256PrivateKeyPem().optional();
  return {
    ...commonEnvShape(env, {
      port: DEFAULT_PORT,
      instanceIdPrefix: 'jwt',
      redisKeyPrefix: 'authlab:jwt:',
    }),
    JWT_JWKS_URL: jwksUrl(isProduction).optional(),
    JWT_ALGORITHM: isVerifier
      ? z.literal('ES256', { error: 'must be ES256 with JWT_JWKS_URL' }).default('ES256')
      : z.enum(['HS256', 'ES256']).default('HS256'),
    JWT_SECRET: isVerifier ? NO_KEY_ON_A_VERIFIER : secret,
    JWT_PRIVATE_KEY: isVerifier ? NO_KEY_ON_A_VERIFIER : privateKey,
    JWT_PREVIOUS_PUBLIC_KEYS: isVerifier ? NO_KEY_ON_A_VERIFIER : es256PublicKeyPems().optional(),
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
  const isVerifier = parsed.JWT_JWKS_URL !== undefined;
  // Development only (both helpers refuse with NODE_ENV=production, and production required the
  // variable above): a key generated on first start and kept in .data/, labelled as such.
  const jwtSecret = isHs256 ? (parsed.JWT_SECRET ?? loadDevSecret(dataDir, 'JWT_SECRET')) : null;
  const jwtPrivateKeyPem =
    isHs256 || isVerifier ? null : (parsed.JWT_PRIVATE_KEY ?? loadDevPrivateKey(dataDir));
  return Object.freeze({
    ...toCommonConfig(parsed),
    jwtAlgorithm: parsed.JWT_ALGORITHM,
    jwtSecret,
    jwtPrivateKeyPem,
    jwtPreviousPublicKeyPems: Object.freeze(parsed.JWT_PREVIOUS_PUBLIC_KEYS ?? []),
    jwtJwksUrl: parsed.JWT_JWKS_URL ?? null,
    accessTokenTtlSeconds: parsed.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: parsed.REFRESH_TOKEN_TTL_SECONDS,
    refreshFamilyMaxAgeSeconds: parsed.REFRESH_FAMILY_MAX_AGE_SECONDS,
    labAttackerOrigin: parsed.LAB_ATTACKER_ORIGIN,
  });
}
