/**
 * Starts the session API: the only file with side effects. Configuration → users database →
 * stores (in memory, or Redis when REDIS_URL is set) → createApp → listen; closes everything on
 * SIGINT/SIGTERM.
 *
 * `pnpm start` works with no environment at all (development: a generated secret in .data/, the
 * lab view on, memory stores). Production needs NODE_ENV=production and SESSION_SECRET.
 *
 * Teaches: the one place with side effects — read the environment, open stores, listen, close
 * cleanly.
 *
 * Flow step ids: none (start-up and shutdown).
 * Reference: The Twelve-Factor App, "III. Config" and "IX. Disposability".
 */
import { createLabClock, systemClock } from '@authlab/http/clock';
import { createLogger } from '@authlab/http/logger';
import { createCounterStore } from '@authlab/http/rate-limit';
import { createRedisClient, waitForRedisReady } from '@authlab/http/redis';
import { closeOnSignals } from '@authlab/http/shutdown';
import { prepareUsersDatabase } from '@authlab/users/demo-password-check';
import { createUsersRepository } from '@authlab/users/users-repository';
import type { Redis } from 'ioredis';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createMemorySessionStore } from './stores/memory-session-store.ts';
import { createRedisSessionStore } from './stores/redis-session-store.ts';
import type { SessionStore } from './stores/session-store.ts';

const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel, name: 'session-api' });
// The lab clock only moves through POST /lab/clock, which exists only when the lab is enabled.
const clock = config.labEnabled ? createLabClock(systemClock) : systemClock;
// Production never seeds the demo users and refuses a database where one still has its published
// password (@authlab/users/demo-password-check).
const database = await prepareUsersDatabase({
  ...(config.usersDbPath === null ? {} : { path: config.usersDbPath }),
  production: config.isProduction,
});
const timeouts = {
  idleTimeoutSeconds: config.sessionIdleTimeoutSeconds,
  absoluteTimeoutSeconds: config.sessionAbsoluteTimeoutSeconds,
};

let redis: Redis | null = null;
let sessionStore: SessionStore;
if (config.redisUrl === null) {
  sessionStore = createMemorySessionStore({ clock, ...timeouts });
} else {
  redis = createRedisClient(config.redisUrl, { keyPrefix: config.redisKeyPrefix, logger });
  sessionStore = createRedisSessionStore(redis, { clock, ...timeouts });
  // Commands fail at once while disconnected (no offline queue), so give the first connection a
  // moment; if Redis is down, start anyway: requests answer 503 until it is back.
  await waitForRedisReady(redis).catch((error: Error) => {
    logger.warn('starting without redis', { error: error.message });
  });
}
const rateLimitStore = createCounterStore(redis, clock);

const app = createApp({
  config,
  users: createUsersRepository(database),
  clock,
  logger,
  rateLimitStore,
  sessionStore,
});

const server = app.listen(config.port, config.host, () => {
  logger.info('session-api listening', {
    url: `http://${config.host}:${config.port}`,
    store: sessionStore.kind,
    instance: config.instanceId,
    environment: config.nodeEnv,
    lab: config.labEnabled,
  });
});

closeOnSignals(server, {
  logger,
  release: () => {
    redis?.disconnect();
    database.close();
  },
});
