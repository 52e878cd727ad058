/**
 * Starts the JWT API: the only file with side effects.
 *
 *   loadConfig(process.env) → openUsersDatabase() → keys → stores (memory, or Redis when
 *   REDIS_URL is set) → createApp() → listen(PORT, HOST)
 *
 * With no environment at all it runs in development: HS256 with a generated secret in .data/,
 * in-memory stores, the lab view on, on http://127.0.0.1:4002. With JWT_JWKS_URL it is a
 * verifier: no key of its own, the signer's public keys fetched from that URL. SIGINT/SIGTERM close the server
 * (in-flight requests finish), then Redis and the database.
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
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createKeySet } from './keys/key-set.ts';
import { createMemoryRevocationStore } from './stores/memory-revocation-store.ts';
import { createRedisRevocationStore } from './stores/redis-revocation-store.ts';

const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel, name: 'jwt-api' });
// The lab clock only ever moves through POST /lab/clock, which production does not mount.
const clock = config.labEnabled ? createLabClock(systemClock) : systemClock;
// Production never seeds the demo users and refuses a database where one still has its published
// password (@authlab/users/demo-password-check).
const database = await prepareUsersDatabase({
  ...(config.usersDbPath === null ? {} : { path: config.usersDbPath }),
  production: config.isProduction,
});
// A verifier (JWT_JWKS_URL) holds no key: it verifies with its signer's public keys (app.ts).
const keys =
  config.jwtJwksUrl === null
    ? createKeySet({
        algorithm: config.jwtAlgorithm,
        secret: config.jwtSecret,
        privateKeyPem: config.jwtPrivateKeyPem,
        previousPublicKeyPems: config.jwtPreviousPublicKeyPems,
      })
    : null;
const redis =
  config.redisUrl === null
    ? null
    : createRedisClient(config.redisUrl, { keyPrefix: config.redisKeyPrefix, logger });
const { accessTokenTtlSeconds } = config;
const users = createUsersRepository(database);
const revocationStore =
  redis === null
    ? createMemoryRevocationStore({ clock, accessTokenTtlSeconds })
    : createRedisRevocationStore(redis, { clock, accessTokenTtlSeconds });

const app = createApp({
  config,
  users,
  clock,
  logger,
  rateLimitStore: createCounterStore(redis, clock),
  revocationStore,
  keys,
});

// Give Redis a moment before the first request; if it is down, start anyway: requests fail
// closed (503) until it is back.
if (redis !== null) {
  await waitForRedisReady(redis).catch((error: Error) => {
    logger.warn('starting without redis', { error: error.message });
  });
}
const server = app.listen(config.port, config.host, () => {
  logger.info('jwt-api listening', {
    url: `http://${config.host}:${config.port}`,
    env: config.nodeEnv,
    algorithm: config.jwtAlgorithm,
    ...(keys === null ? { jwks: config.jwtJwksUrl } : { kid: keys.signingKey.kid }),
    store: redis === null ? 'memory' : 'redis',
    instance: config.instanceId,
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
