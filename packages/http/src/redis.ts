/**
 * One way to connect to Redis for every store, tuned to FAIL FAST rather than hang:
 *
 * - no offline queue: while Redis is down a command fails at once instead of waiting in memory
 *   for a reconnection (a login should answer 503 now, not in 30 seconds);
 * - `commandTimeoutMs` (500 ms): a Redis that accepts connections but does not answer fails too;
 * - reconnects forever with capped backoff (100 ms, 200 ms … 1 s), so the API heals by itself;
 * - an `'error'` listener, logged once per outage: without one, Node would crash the process on
 *   ioredis's `'error'` event;
 * - a warning on first connection when Redis may evict keys (`maxmemory-policy` other than
 *   `noeviction`): an evicted session or refresh family fails closed (its user is logged out,
 *   nobody gets in), but under memory pressure that is everyone, silently.
 *
 * `withStore()` is the boundary: a connection or timeout failure becomes `StoreUnavailableError`
 * (503 + `Retry-After: 1`); the API fails closed rather than treating "store down" as "no session"
 * or "token not revoked". Any other error (a bug) is rethrown as is.
 *
 * Reference: OWASP Error Handling / "fail securely"; RFC 9110 §15.6.4 (503) and §10.2.3
 * (Retry-After); ioredis README, "Auto-reconnect" and "Offline Queue"; Redis docs, "Key
 * eviction" (maxmemory-policy).
 */
import { Redis } from 'ioredis';
import { StoreUnavailableError } from './errors.ts';
import { createLogger, type Logger } from './logger.ts';

export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 500;
export const REDIS_CONNECT_TIMEOUT_MS = 1000;
export const REDIS_MAX_RECONNECT_DELAY_MS = 1000;

export interface CreateRedisClientOptions {
  keyPrefix?: string;
  commandTimeoutMs?: number;
  /** Outages are logged once (warn) and recoveries once (info). Defaults to a stderr logger. */
  logger?: Logger;
}

export function createRedisClient(url: string, options: CreateRedisClientOptions = {}): Redis {
  const logger = options.logger ?? createLogger({ level: 'warn', name: 'redis' });
  const redis = new Redis(url, {
    ...(options.keyPrefix === undefined ? {} : { keyPrefix: options.keyPrefix }),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    commandTimeout: options.commandTimeoutMs ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 100, REDIS_MAX_RECONNECT_DELAY_MS),
    lazyConnect: false,
  });
  let inOutage = false;
  redis.once('ready', () => {
    checkEvictionPolicy(redis, logger).catch(() => {
      // INFO refused (e.g. a managed Redis that renames it): nothing to warn about from here.
    });
  });
  redis.on('error', (error: Error) => {
    if (inOutage) return;
    inOutage = true;
    logger.warn('redis unavailable', { error: error.message });
  });
  redis.on('ready', () => {
    if (!inOutage) return;
    inOutage = false;
    logger.info('redis available again');
  });
  return redis;
}

/** The policy Redis applies when full; the stores want `noeviction` (see the docblock). */
export async function checkEvictionPolicy(redis: Redis, logger: Logger): Promise<string> {
  const info = await redis.info('memory');
  const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1] ?? 'unknown';
  if (policy !== 'noeviction') {
    logger.warn('redis may evict keys: set maxmemory-policy noeviction', { policy });
  }
  return policy;
}

/**
 * Resolves once the client can take commands. With the offline queue off, a command sent before
 * the first connection fails at once, so a server waits for this before it listens.
 */
export function waitForRedisReady(
  redis: Redis,
  timeoutMs = REDIS_CONNECT_TIMEOUT_MS * 2,
): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new Error(`Redis was not ready within ${timeoutMs} ms.`));
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', onReady);
  });
}

const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTCONN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection is closed',
  "Stream isn't writeable",
  'Command timed out',
  'Reached the max retries per request limit',
  'connect ETIMEDOUT',
  'Socket timeout',
];

/** True for errors that mean "Redis cannot be reached right now", not "the command was wrong". */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'MaxRetriesPerRequestError') return true;
  const { code } = error as NodeJS.ErrnoException;
  if (code !== undefined && UNAVAILABLE_CODES.has(code)) return true;
  return UNAVAILABLE_MESSAGES.some((message) => error.message.includes(message));
}

/** Runs a store operation; an unreachable store becomes `StoreUnavailableError` (503). */
export async function withStore<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isRedisUnavailable(error)) throw new StoreUnavailableError(error);
    throw error;
  }
}
