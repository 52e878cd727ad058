/**
 * Login throttling with fixed-window counters, per account AND per client address, as the OWASP
 * Authentication Cheat Sheet asks: per-account limits stop a password guessed against one account
 * from many addresses; per-address limits stop one client spraying many accounts.
 *
 * - `check(email, address)` throws `RateLimitedError` (429 + `Retry-After`) when either counter of
 *   failures is at its limit. It runs BEFORE the password is verified, so a throttled client does
 *   not even cost a password hash.
 * - `recordFailure()` counts a failed login on both counters; `recordSuccess()` clears the
 *   account's counter (the address counter runs out with its window).
 * - Emails are normalised (trim + lowercase) and hashed (SHA-256): the store never holds raw
 *   addresses, and `John@Example.com ` and `john@example.com` share one counter.
 *
 * Limits of this design, on purpose: a fixed window allows up to 2× the limit around a window
 * edge, and concurrent attempts already past `check()` are counted when they fail. A lockout is
 * temporary (it ends with the window), so it cannot be turned into a permanent denial of service.
 *
 * Step ids: `session.login.rate-limit`, `jwt.login.rate-limit` (the APIs wrap `check`).
 * Reference: OWASP Authentication Cheat Sheet, "Protect Against Automated Attacks" / "Account
 * Lockout"; ASVS 5.0 V6.3.1; RFC 6585 §4 (429 Too Many Requests).
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from './clock.ts';
import { RateLimitedError } from './errors.ts';
import { withStore } from './redis.ts';

export interface CounterState {
  count: number;
  resetInSeconds: number;
}

export interface CounterStore {
  /** Adds one to `key`'s counter, starting a window of `windowSeconds` if none is running. */
  increment(key: string, windowSeconds: number): Promise<CounterState>;
  /** The current window's counter, or `null` when no window is running. */
  peek(key: string): Promise<CounterState | null>;
  reset(key: string): Promise<void>;
}

export const DEFAULT_MAX_COUNTER_KEYS = 10_000;

export interface MemoryCounterStoreOptions {
  clock: Clock;
  maxKeys?: number;
}

/**
 * Counters in this process's memory: for development and single-instance servers. Bounded: past
 * `maxKeys` the oldest window is forgotten, so a flood of distinct keys cannot exhaust memory.
 * Replace with `createRedisCounterStore` when several instances must share the counts.
 */
export function createMemoryCounterStore(options: MemoryCounterStoreOptions): CounterStore {
  const { clock } = options;
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_COUNTER_KEYS;
  const windows = new Map<string, { count: number; resetAtMs: number }>();
  const stateOf = (window: { count: number; resetAtMs: number }, nowMs: number) => ({
    count: window.count,
    resetInSeconds: Math.max(1, Math.ceil((window.resetAtMs - nowMs) / 1000)),
  });
  return {
    async increment(key, windowSeconds) {
      const nowMs = clock.now();
      const current = windows.get(key);
      if (current !== undefined && current.resetAtMs > nowMs) {
        current.count += 1;
        return stateOf(current, nowMs);
      }
      // A new window goes to the end of the Map's insertion order: the first key is the oldest.
      windows.delete(key);
      const started = { count: 1, resetAtMs: nowMs + windowSeconds * 1000 };
      windows.set(key, started);
      while (windows.size > maxKeys) {
        const oldest = windows.keys().next().value;
        if (oldest === undefined) break;
        windows.delete(oldest);
      }
      return stateOf(started, nowMs);
    },
    async peek(key) {
      const nowMs = clock.now();
      const current = windows.get(key);
      if (current === undefined) return null;
      if (current.resetAtMs <= nowMs) {
        windows.delete(key);
        return null;
      }
      return stateOf(current, nowMs);
    },
    async reset(key) {
      windows.delete(key);
    },
  };
}

// INCR and the window's expiry in one atomic step: a crash between two separate commands could
// otherwise leave a counter with no expiry, locking its key out forever.
const INCREMENT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

export interface RedisCounterStoreOptions {
  keyPrefix: string;
}

/**
 * Counters in Redis, shared by every instance. Windows are timed by Redis itself (PEXPIRE), so the
 * lab clock does not move them. Store failures surface as `StoreUnavailableError` (503).
 */
export function createRedisCounterStore(
  redis: Redis,
  options: RedisCounterStoreOptions,
): CounterStore {
  const keyOf = (key: string) => `${options.keyPrefix}${key}`;
  const toState = (count: unknown, ttlMs: unknown): CounterState => ({
    count: Number(count),
    resetInSeconds: Math.max(1, Math.ceil(Number(ttlMs) / 1000)),
  });
  return {
    increment: (key, windowSeconds) =>
      withStore(async () => {
        const reply = (await redis.eval(INCREMENT_SCRIPT, 1, keyOf(key), windowSeconds * 1000)) as [
          number,
          number,
        ];
        return toState(reply[0], reply[1]);
      }),
    peek: (key) =>
      withStore(async () => {
        const [count, ttlMs] = await Promise.all([redis.get(keyOf(key)), redis.pttl(keyOf(key))]);
        return count === null ? null : toState(count, ttlMs);
      }),
    reset: (key) =>
      withStore(async () => {
        await redis.del(keyOf(key));
      }),
  };
}

/** Where the counters live under an API's own Redis key prefix, apart from its other keys. */
export const RATE_LIMIT_KEY_PREFIX = 'rate-limit:';

/**
 * The counter store an API runs with: in Redis when it has a client (REDIS_URL), so that every
 * instance counts the same attempts — a limit each instance kept to itself would multiply by the
 * number of instances — and in memory otherwise.
 */
export function createCounterStore(redis: Redis | null, clock: Clock): CounterStore {
  return redis === null
    ? createMemoryCounterStore({ clock })
    : createRedisCounterStore(redis, { keyPrefix: RATE_LIMIT_KEY_PREFIX });
}

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export interface LoginRateLimiterOptions {
  store: CounterStore;
  /** Kept for symmetry with the stores; windows are timed by the store's own clock. */
  clock?: Clock;
  perAccount: RateLimit;
  perAddress: RateLimit;
}

export interface LoginRateLimiter {
  check(email: string, address: string): Promise<void>;
  recordFailure(email: string, address: string): Promise<void>;
  recordSuccess(email: string): Promise<void>;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function accountKey(email: string): string {
  return `login:account:${createHash('sha256').update(normalizeEmail(email)).digest('hex')}`;
}

function addressKey(address: string): string {
  return `login:address:${address}`;
}

export function createLoginRateLimiter(options: LoginRateLimiterOptions): LoginRateLimiter {
  const { store, perAccount, perAddress } = options;
  return {
    async check(email, address) {
      const [account, client] = await Promise.all([
        store.peek(accountKey(email)),
        store.peek(addressKey(address)),
      ]);
      const waits: number[] = [];
      if (account !== null && account.count >= perAccount.limit) waits.push(account.resetInSeconds);
      if (client !== null && client.count >= perAddress.limit) waits.push(client.resetInSeconds);
      if (waits.length > 0) throw new RateLimitedError(Math.max(...waits));
    },
    async recordFailure(email, address) {
      await Promise.all([
        store.increment(accountKey(email), perAccount.windowSeconds),
        store.increment(addressKey(address), perAddress.windowSeconds),
      ]);
    },
    async recordSuccess(email) {
      await store.reset(accountKey(email));
    },
  };
}
