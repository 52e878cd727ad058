/**
 * Structured logs on pino: one JSON object per line (stdout; stderr for warnings and errors), with
 * credentials redacted by pino's `redact` before anything is written.
 *
 * The `Logger` interface is this project's (message first, then a fields object), so the APIs and
 * their tests do not depend on pino's call signature; `createLogger` maps it onto a pino logger:
 * - `redact`: the credential fields the APIs' bodies, headers and tokens use — `password`,
 *   `current_password`, `new_password`, `access_token`, `refresh_token`, `token`, `secret`,
 *   `authorization`, `cookie`, `set-cookie` — at the top level and inside `body`, `query`,
 *   `headers`, `req.headers` and `res.headers`, written as `"[redacted]"`. Explicit paths, not
 *   wildcards: pino turns them into direct lookups, while an intermediate wildcard (`*.password`)
 *   makes every line walk every field. Redaction is a safety net, not permission to log request
 *   bodies or headers: `logRequests` logs neither.
 * - `multistream` with `dedupe`: each line goes to one stream only, stderr from `warn` up.
 * - the `error` field goes through pino's error serializer (`type`, `message`, `stack`, `cause`).
 * - `silent` turns every method into a no-op (tests, and the APIs' LOG_LEVEL=silent).
 *
 * Reference: OWASP Logging Cheat Sheet, "Data to exclude" (session ids, access tokens,
 * passwords, encryption keys…); ASVS 5.0 V16.2 (security logging); pino docs, "Redaction" and
 * "multistream".
 */
import { type DestinationStream, type Level, pino } from 'pino';

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
  /** Where lines go (without the newline); tests pass a collector. Defaults to stdout / stderr. */
  write?: LogWriter;
}

const REDACTED = '[redacted]';
const CREDENTIAL_KEYS = [
  'password',
  'current_password',
  'new_password',
  'access_token',
  'refresh_token',
  'token',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
];
/** Where a credential may sit in a line's fields: '' is the top level. */
const CREDENTIAL_PARENTS = ['', 'body', 'query', 'headers', 'req.headers', 'res.headers'];

/** Bracket notation, so that `set-cookie` is a valid path. */
function listRedactPaths(): string[] {
  return CREDENTIAL_PARENTS.flatMap((parent) =>
    CREDENTIAL_KEYS.map((key) => `${parent}["${key}"]`),
  );
}

function toStream(write: LogWriter, stream: 'stdout' | 'stderr'): DestinationStream {
  return { write: (line: string) => write(line.trimEnd(), stream) };
}

function createStreams(
  write: LogWriter | undefined,
): { level: Level; stream: DestinationStream }[] {
  return [
    { level: 'debug', stream: write ? toStream(write, 'stdout') : process.stdout },
    { level: 'warn', stream: write ? toStream(write, 'stderr') : process.stderr },
  ];
}

export function createLogger(options: CreateLoggerOptions): Logger {
  const { level, name } = options;
  const logger = pino(
    {
      level,
      base: { name },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: listRedactPaths(), censor: REDACTED },
      serializers: { error: pino.stdSerializers.err },
    },
    pino.multistream(createStreams(options.write), { dedupe: true }),
  );
  return {
    level,
    error: (message, fields) => logger.error(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    debug: (message, fields) => logger.debug(fields ?? {}, message),
  };
}
