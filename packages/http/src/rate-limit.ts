/**
 * Login throttling per account AND per client address, as the OWASP Authentication Cheat Sheet
 * asks: per-account limits stop a password guessed against one account from many addresses;
 * per-address limits stop one client spraying many accounts. The counting is
 * rate-limiter-flexible's, as its wiki's "Minimal protection against password brute-force" does
 * it: `get` before the password check, `penalty` on a failure, `delete` on a success; in memory or
 * in Redis, one policy.
 *
 * - `check(email, address)` throws `RateLimitedError` (429 + `Retry-After`) when either counter of
 *   failures is at its limit. It runs BEFORE the password is verified, so a throttled client does
 *   not even cost a password hash.
 * - `recordFailure()` counts a failed login on both counters (`penalty`: a fixed window that starts
 *   with the first failure; in Redis one Lua script, so count and expiry are set atomically and a
 *   crash cannot leave a counter that never expires). `recordSuccess()` clears the account's
 *   counter (the address counter runs out with its window).
 * - The account key is a SHA-256 of the email as the users package normalises it (trim,
 *   lowercase, NFC): the store never holds raw addresses, and every spelling of one address —
 *   `John@Example.com `, or "é" precomposed and decomposed — shares one counter.
 * - Redis unreachable → `StoreUnavailableError` (503): the limiter fails closed, never open.
 *
 * Time: rate-limiter-flexible reads the system time (`Date.now()` and timers in memory, key TTLs
 * in Redis), not the app's `Clock`, so the lab's time travel does not end a lockout — as it never
 * did for the Redis counters. Tests that need a window to end fake the system time
 * (`vi.useFakeTimers`), which moves the memory limiter's clock and its expiry timers together.
 *
 * Limits of this design, on purpose: a fixed window allows up to 2× the limit around a window
 * edge, and concurrent attempts already past `check()` are counted when they fail. A lockout is
 * temporary (it ends with the window), so it cannot be turned into a permanent denial of service.
 * The memory limiter keeps each key until its window ends, with no cap on the number of keys. It
 * needs none here: a key is only written after a failed password check, which costs a scrypt hash
 * first, so one window holds at most two keys per hash the server could compute in it. Memory is
 * for development and single-instance servers.
 *
 * Flow step ids: `session.login.rate-limit`, `jwt.login.rate-limit` (the APIs wrap `check`).
 * Reference: OWASP Authentication Cheat Sheet, "Protect Against Automated Attacks" / "Account
 * Lockout"; ASVS 5.0 V6.3.1; RFC 6585 §4 (429 Too Many Requests); rate-limiter-flexible wiki,
 * "Overall example", "Minimal protection against password brute-force".
 */
import { createHash } from 'node:crypto';
import { normaliseEmail } from '@authlab/users/schemas';
import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Clock } from './clock.ts';
import { RateLimitedError } from './errors.ts';
import { withStore } from './redis.ts';

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** Where the counters live: this process's memory, or Redis under `keyPrefix`. */
export type CounterStore =
  | { readonly kind: 'memory' }
  | { readonly kind: 'redis'; readonly redis: Redis; readonly keyPrefix: string };

/** Where the counters live under an API's own Redis key prefix, apart from its other keys. */
export const RATE_LIMIT_KEY_PREFIX = 'rate-limit:';

/**
 * The counter store an API runs with: in Redis when it has a client (REDIS_URL), so that every
 * instance counts the same attempts — a limit each instance kept to itself would multiply by the
 * number of instances — and in memory otherwise.
 *
 * @param _clock Unused: the windows follow the system time (see the file's docblock). Accepted so
 *   the APIs' call sites stay as they are.
 */
export function createCounterStore(redis: Redis | null, _clock?: Clock): CounterStore {
  return redis === null
    ? { kind: 'memory' }
    : { kind: 'redis', redis, keyPrefix: RATE_LIMIT_KEY_PREFIX };
}

export interface LoginRateLimiterOptions {
  store: CounterStore;
  /** @deprecated Unused: the windows follow the system time (see the file's docblock). */
  clock?: Clock;
  perAccount: RateLimit;
  perAddress: RateLimit;
}

export interface LoginRateLimiter {
  check(email: string, address: string): Promise<void>;
  recordFailure(email: string, address: string): Promise<void>;
  recordSuccess(email: string): Promise<void>;
}

function createCounter(store: CounterStore, kind: string, rateLimit: RateLimit) {
  const options = { points: rateLimit.limit, duration: rateLimit.windowSeconds };
  if (store.kind === 'memory') return new RateLimiterMemory({ ...options, keyPrefix: kind });
  // The client's offline queue is off (redis.ts), so a command fails at once while Redis is down.
  return new RateLimiterRedis({
    ...options,
    storeClient: store.redis,
    keyPrefix: `${store.keyPrefix}login:${kind}`,
  });
}

function hashEmail(email: string): string {
  return createHash('sha256').update(normaliseEmail(email)).digest('hex');
}

/** 0 under the limit; otherwise the seconds until the window ends, rounded up (never 0). */
function measureLockoutSeconds(counter: RateLimiterRes | null, limit: number): number {
  if (counter === null || counter.consumedPoints < limit) return 0;
  // The memory limiter deletes a key with a timer, which may run a moment after the window ends.
  if (counter.msBeforeNext <= 0) return 0;
  return Math.ceil(counter.msBeforeNext / 1000);
}

export function createLoginRateLimiter(options: LoginRateLimiterOptions): LoginRateLimiter {
  const { store, perAccount, perAddress } = options;
  const accounts: RateLimiterAbstract = createCounter(store, 'account', perAccount);
  const addresses: RateLimiterAbstract = createCounter(store, 'address', perAddress);
  return {
    check: (email, address) =>
      withStore(async () => {
        const [account, client] = await Promise.all([
          accounts.get(hashEmail(email)),
          addresses.get(address),
        ]);
        const lockoutSeconds = Math.max(
          measureLockoutSeconds(account, perAccount.limit),
          measureLockoutSeconds(client, perAddress.limit),
        );
        if (lockoutSeconds > 0) throw new RateLimitedError(lockoutSeconds);
      }),
    recordFailure: (email, address) =>
      withStore(async () => {
        await Promise.all([accounts.penalty(hashEmail(email)), addresses.penalty(address)]);
      }),
    recordSuccess: (email) =>
      withStore(async () => {
        await accounts.delete(hashEmail(email));
      }),
  };
}
