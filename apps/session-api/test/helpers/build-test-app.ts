/**
 * A real app for tests: createApp with a private copy of the seeded users database, a manual clock
 * (wrapped in a lab clock, as in development), a silent logger and real stores — in memory, or in
 * Redis when a client is passed (redis.ts gives each test app its own key prefix).
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createLabClock, createManualClock, type ManualClock } from '@authlab/http/clock';
import { createLogger, type Logger } from '@authlab/http/logger';
import {
  type CounterStore,
  createMemoryCounterStore,
  createRedisCounterStore,
} from '@authlab/http/rate-limit';
import { openUsersDatabase, type UsersDatabase } from '@authlab/users/users-database';
import { createUsersRepository, type UsersRepository } from '@authlab/users/users-repository';
import type { Redis } from 'ioredis';
import type Koa from 'koa';
import { inject } from 'vitest';
import { createApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { createRedisSessionStore } from '../../src/stores/redis-session-store.ts';
import { createMemorySessionStore, type SessionStore } from '../../src/stores/session-store.ts';

/** Monday 5 January 2026, 09:00 UTC: every test app's clock starts here. */
export const TEST_START_MS = Date.UTC(2026, 0, 5, 9, 0, 0);
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
  close(): void;
}

/** A private copy of the template that global-setup.ts seeded (no scrypt at all here). */
export function openTestUsersDatabase(): UsersDatabase {
  const templatePath = inject('usersTemplatePath');
  const path = join(dirname(templatePath), `users-${randomBytes(6).toString('hex')}.sqlite`);
  copyFileSync(templatePath, path);
  const database = openUsersDatabase({ path });
  return {
    db: database.db,
    close() {
      database.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    },
  };
}

export function buildTestApp(options: TestAppOptions = {}): TestApp {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    LAB_ENABLED: 'true',
    INSTANCE_ID: `test-${randomBytes(2).toString('hex')}`,
    SESSION_SECRET: TEST_SESSION_SECRET,
    ...options.env,
  });
  const clock = createManualClock(TEST_START_MS);
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
  const rateLimitStore: CounterStore =
    options.redis === undefined
      ? createMemoryCounterStore({ clock: appClock })
      : createRedisCounterStore(options.redis, { keyPrefix: 'rate-limit:' });
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
    close: () => database.close(),
  };
}
