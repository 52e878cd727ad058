/**
 * A small structured logger: one JSON object per line (stdout; stderr for warnings and errors),
 * with sensitive fields redacted at any depth before anything is written.
 *
 * Any key that looks like a credential — password, token, secret, cookie, authorization
 * (`new_password`, `refresh_token`, `set-cookie` included) — is written as `"[redacted]"`.
 * Redaction by key is a safety net, not permission to log request bodies or headers:
 * `logRequests` logs neither.
 *
 * Reference: OWASP Logging Cheat Sheet, "Data to exclude" (session ids, access tokens,
 * passwords, encryption keys…); ASVS 5.0 V16.2 (security logging).
 */

export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  readonly level: LogLevel;
  error(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
}

export type LogWriter = (line: string, stream: 'stdout' | 'stderr') => void;

export interface CreateLoggerOptions {
  level: LogLevel;
  name: string;
  /** Where lines go; tests pass a collector. Defaults to process.stdout / process.stderr. */
  write?: LogWriter;
}

const LEVEL_RANK: Readonly<Record<LogLevel, number>> = {
  silent: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4,
};
const SENSITIVE_KEY_PARTS = ['password', 'token', 'secret', 'cookie', 'authorization'];
const REDACTED = '[redacted]';
const MAX_DEPTH = 8;

export function isSensitiveKey(key: string): boolean {
  const lower = key.toLowerCase();
  return SENSITIVE_KEY_PARTS.some((part) => lower.includes(part));
}

function serializeError(error: Error, seen: WeakSet<object>, depth: number): unknown {
  const { code } = error as { code?: unknown };
  return redact(
    {
      name: error.name,
      message: error.message,
      ...(code === undefined ? {} : { code }),
      stack: error.stack,
      ...(error.cause === undefined ? {} : { cause: error.cause }),
    },
    seen,
    depth,
  );
}

/** A redacted, JSON-safe copy of `value`; handles cycles, errors, bigints and deep nesting. */
export function redact(value: unknown, seen = new WeakSet<object>(), depth = 0): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[truncated]';
  seen.add(value);
  if (value instanceof Error) return serializeError(value, seen, depth + 1);
  if (Array.isArray(value)) return value.map((item) => redact(item, seen, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = isSensitiveKey(key) ? REDACTED : redact(item, seen, depth + 1);
  }
  return copy;
}

const writeToProcess: LogWriter = (line, stream) => {
  (stream === 'stderr' ? process.stderr : process.stdout).write(`${line}\n`);
};

export function createLogger(options: CreateLoggerOptions): Logger {
  const { level, name } = options;
  const write = options.write ?? writeToProcess;
  const threshold = LEVEL_RANK[level];
  const log = (lineLevel: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
    if (LEVEL_RANK[lineLevel] > threshold) return;
    const entry = {
      time: new Date().toISOString(),
      level: lineLevel,
      name,
      msg: message,
      ...(fields === undefined ? {} : (redact(fields) as Record<string, unknown>)),
    };
    write(JSON.stringify(entry), LEVEL_RANK[lineLevel] <= LEVEL_RANK.warn ? 'stderr' : 'stdout');
  };
  return {
    level,
    error: (message, fields) => log('error', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    info: (message, fields) => log('info', message, fields),
    debug: (message, fields) => log('debug', message, fields),
  };
}
