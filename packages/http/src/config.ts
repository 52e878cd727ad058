/**
 * Start-up configuration helpers: read the environment once, fail fast, and keep secrets safe.
 *
 * - `readConfig(env, schema)` validates every variable against a zod schema and, on failure,
 *   throws ONE error listing every bad variable with the reason (never its value: it may be a
 *   secret), so a misconfigured server stops before it listens, and all problems are fixed at once.
 * - `loadDevSecret()` gives development a working secret with no setup: random bytes, stored in a
 *   0600 file, reused across restarts. It refuses to run in production, where a secret must come
 *   from the environment or a secret manager.
 * - `assertStrongSecret()` refuses short or obviously guessable secrets (RFC 7518 §3.2: an HS256
 *   key "of the same size as the hash output (for instance, 256 bits for HS256) or larger MUST be
 *   used"; RFC 8725 §3.5: keys must have enough entropy, not be human-memorable passwords).
 * - `parseOrigins()` turns `ALLOWED_ORIGINS` into normalised origins for the CSRF Origin check.
 * - `env*()` are the zod schemas of one variable each (a flag, origins, a rate limit, seconds, a
 *   strong secret), shared so both APIs parse the same variable the same way.
 *
 * Reference: OWASP Secrets Management Cheat Sheet; The Twelve-Factor App, "III. Config".
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RateLimit } from './rate-limit.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export const DEV_SECRETS_FILE_NAME = 'dev-secrets.json';
export const MIN_SECRET_BYTES = 32;
/** A year: no lifetime or timeout the APIs read from the environment is longer. */
export const MAX_ENV_SECONDS = 31_536_000;

export function readConfig<T extends z.ZodObject>(env: Env, schema: T): z.output<T>;
export function readConfig<S extends z.ZodRawShape>(env: Env, shape: S): z.output<z.ZodObject<S>>;
export function readConfig(env: Env, schemaOrShape: z.ZodObject | z.ZodRawShape): unknown {
  const schema = schemaOrShape instanceof z.ZodObject ? schemaOrShape : z.object(schemaOrShape);
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = new Map<string, string[]>();
  for (const issue of result.error.issues) {
    const name = issue.path.length > 0 ? String(issue.path[0]) : '(environment)';
    // A refinement failing on a default value is not a missing variable.
    const isMissing = env[name] === undefined && issue.code !== 'custom';
    const reason = isMissing ? 'is required' : issue.message;
    problems.set(name, [...(problems.get(name) ?? []), reason]);
  }
  const lines = [...problems].map(([name, reasons]) => `  - ${name}: ${reasons.join('; ')}`);
  throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
}

/** `"true"`/`"false"`/`"1"`/`"0"` (default when unset) as a zod schema for `readConfig`. */
export function envBoolean(defaultValue: boolean) {
  return z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => (value === undefined ? defaultValue : value === 'true' || value === '1'));
}

/** A comma-separated origin list as a zod schema for `readConfig` (see `parseOrigins`). */
export function envOrigins(defaultValue: string) {
  return z
    .string()
    .default(defaultValue)
    .transform((csv, context) => {
      try {
        return parseOrigins(csv);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    });
}

/** `"5/900"` → five per 900-second window, as a zod schema for `readConfig`. */
export function envRateLimit(defaultValue: string) {
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

/** A lifetime in whole seconds, from 1 second to a year, as a zod schema for `readConfig`. */
export function envSeconds(defaultValue: number) {
  return z.coerce.number().int().min(1).max(MAX_ENV_SECONDS).default(defaultValue);
}

/**
 * A secret checked by `assertStrongSecret` as a zod schema for `readConfig`: a weak one is listed
 * with the other bad variables (by `name`, never by value) instead of stopping the check early.
 */
export function envStrongSecret(name: string) {
  return z.string().superRefine((value, context) => {
    try {
      assertStrongSecret(value, undefined, name);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });
}

/**
 * `"http://localhost:5173, https://lab.example"` → `["http://localhost:5173", "https://lab.example"]`.
 * An origin is scheme + host + port only (RFC 6454 §6.2); anything else is a configuration error.
 */
export function parseOrigins(csv: string): string[] {
  const origins: string[] = [];
  for (const item of csv.split(',')) {
    const candidate = item.trim();
    if (candidate === '') continue;
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      throw new Error(`"${candidate}" is not a valid origin (expected e.g. http://localhost:5173)`);
    }
    const isBareOrigin =
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.pathname === '/' &&
      url.search === '' &&
      url.hash === '' &&
      url.username === '' &&
      url.password === '';
    if (!isBareOrigin) {
      throw new Error(`"${candidate}" is not an origin: use scheme://host[:port] only`);
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

/**
 * Returns the development secret `name` (hex of `bytes` random bytes) from
 * `<dataDir>/dev-secrets.json`, creating it (mode 0600) on first use.
 *
 * DEVELOPMENT ONLY: a secret on the application's disk is readable by anything that can read the
 * disk; production secrets come from the environment or a secret manager.
 */
export function loadDevSecret(dataDir: string, name: string, bytes = MIN_SECRET_BYTES): string {
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      `Refusing to generate the development secret "${name}" with NODE_ENV=production: ` +
        'set it in the environment.',
    );
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const filePath = join(dataDir, DEV_SECRETS_FILE_NAME);
  const secrets = readSecretsFile(filePath);
  const existing = secrets[name];
  if (typeof existing === 'string' && existing.length === bytes * 2) {
    chmodSync(filePath, 0o600);
    return existing;
  }
  const secret = randomBytes(bytes).toString('hex');
  const temporaryPath = `${filePath}.${process.pid}.tmp`;
  writeFileSync(temporaryPath, `${JSON.stringify({ ...secrets, [name]: secret }, null, 2)}\n`, {
    mode: 0o600,
  });
  // Rename is atomic: a concurrent reader sees the old file or the new one, never half of one.
  renameSync(temporaryPath, filePath);
  return secret;
}

function readSecretsFile(filePath: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${filePath} must hold a JSON object of name → secret.`);
  }
  return parsed as Record<string, unknown>;
}

const WEAK_SECRET_WORDS = ['secret', 'changeme', 'password', 'example', 'default', 'qwerty'];
const MIN_DISTINCT_CHARACTERS = 8;

function decodedLength(value: string): number {
  if (/^(?:[0-9a-f]{2})+$/i.test(value)) return value.length / 2;
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && value.length % 4 !== 1) {
    return Buffer.from(value, 'base64').length;
  }
  return Buffer.byteLength(value, 'utf8');
}

/**
 * Throws unless `value` decodes (hex, base64/base64url, or raw UTF-8) to at least `minBytes`
 * bytes and is not an obvious placeholder. The message names the variable, never the value.
 */
export function assertStrongSecret(
  value: string,
  minBytes = MIN_SECRET_BYTES,
  name = 'secret',
): void {
  const length = decodedLength(value);
  if (length < minBytes) {
    throw new Error(`${name} is too short: ${length} bytes, at least ${minBytes} are required.`);
  }
  const lower = value.toLowerCase();
  const looksWeak =
    new Set(value).size < MIN_DISTINCT_CHARACTERS ||
    WEAK_SECRET_WORDS.some((word) => lower.includes(word));
  if (looksWeak) {
    throw new Error(
      `${name} looks like a placeholder: generate one with \`openssl rand -hex 32\`.`,
    );
  }
}
