/**
 * A real app for tests: createApp with a private copy of the seeded users database, a manual clock
 * (wrapped in a lab clock, as in development), a silent logger and real stores — in memory, or in
 * Redis when a client is passed (redis.ts gives each test app its own key prefix).
 */
import { randomBytes } from 'node:crypto';
import { createLabClock, type ManualClock } from '@authlab/http/clock';
import { createLogger, type Logger } from '@authlab/http/logger';
import { createCounterStore } from '@authlab/http/rate-limit';
import { openDatabaseCopy } from '@authlab/http/testing/database-template';
import { createTestClock, createTestEnv } from '@authlab/http/testing/test-defaults';
import { openUsersDatabase, type UsersDatabase } from '@authlab/users/users-database';
import { createUsersRepository, type UsersRepository } from '@authlab/users/users-repository';
import type { Redis } from 'ioredis';
import type Koa from 'koa';
import { inject } from 'vitest';
import { createApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { createStoreKeyDeriver, type DeriveStoreKey } from '../../src/session/session-key.ts';
import { createMemorySessionStore } from '../../src/stores/memory-session-store.ts';
import { createRedisSessionStore } from '../../src/stores/redis-session-store.ts';
import type { SessionStore } from '../../src/stores/session-store.ts';

export const TEST_SESSION_SECRET = randomBytes(32).toString('hex');

export interface TestAppOptions {
  /** Environment variables on top of the test defaults (NODE_ENV=test, LOG_LEVEL=silent…). */
  env?: Record<string, string>;
  /** Redis stores instead of memory ones (sessions and rate-limit counters). */
  redis?: Redis;
  /** Defaults to a silent logger; pass one with a collecting `write` to inspect log lines. */
  logger?: Logger;
  /** Replaces the session store, e.g. with one that fails on purpose. */
  wrapSessionStore?: (store: SessionStore) => SessionStore;
}

export interface TestApp {
  readonly app: Koa;
  readonly callback: ReturnType<Koa['callback']>;
  readonly config: Readonly<Config>;
  readonly clock: ManualClock;
  readonly users: UsersRepository;
  readonly sessionStore: SessionStore;
  /** The store key of a session id, to look at the store directly. */
  readonly deriveStoreKey: DeriveStoreKey;
  close(): void;
}

/** A private copy of the template that global-setup.ts seeded (no scrypt at all here). */
export function openTestUsersDatabase(): UsersDatabase {
  return openDatabaseCopy(inject('usersTemplatePath'), (path) => openUsersDatabase({ path }));
}

export function buildTestApp(options: TestAppOptions = {}): TestApp {
  const config = loadConfig({
    ...createTestEnv(),
    SESSION_SECRET: TEST_SESSION_SECRET,
    ...options.env,
  });
  const clock = createTestClock();
  const appClock = createLabClock(clock);
  const database = openTestUsersDatabase();
  const users = createUsersRepository(database);
  const timeouts = {
    idleTimeoutSeconds: config.sessionIdleTimeoutSeconds,
    absoluteTimeoutSeconds: config.sessionAbsoluteTimeoutSeconds,
  };
  const baseStore =
    options.redis === undefined
      ? createMemorySessionStore({ clock: appClock, ...timeouts })
      : createRedisSessionStore(options.redis, { clock: appClock, ...timeouts });
  const sessionStore = options.wrapSessionStore?.(baseStore) ?? baseStore;
  const rateLimitStore = createCounterStore(options.redis ?? null, appClock);
  const app = createApp({
    config,
    users,
    clock: appClock,
    logger: options.logger ?? createLogger({ level: 'silent', name: 'session-api-test' }),
    rateLimitStore,
    sessionStore,
  });
  return {
    app,
    callback: app.callback(),
    config,
    clock,
    users,
    sessionStore,
    deriveStoreKey: createStoreKeyDeriver(config.sessionSecret),
    close: () => database.close(),
  };
}
