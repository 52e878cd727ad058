/**
 * The growth measurements that need a running API: login throughput as concurrency rises (every
 * login runs scrypt, on purpose, so two cores give a ceiling that more connections only queue
 * behind) and the cost of an authenticated `GET /me` as the users table grows (both APIs answer
 * from the session or the token, so it should not move; the login's lookup by email is indexed).
 * Each API is started through its public entry, as in the main runs.
 */
import { join } from 'node:path';
import { startServer } from '../child-server.ts';
import {
  createEntry,
  type Entry,
  type Log,
  logInAndWarmUp,
  measureLogins,
  measureMe,
} from '../configuration-steps.ts';
import {
  apiServer,
  type Configuration,
  type ConfigurationContext,
  generateSecrets,
} from '../configurations.ts';
import type { BenchSettings } from '../results.ts';
import { describeInvalidSample } from '../wrk-load.ts';
import type { LoginPoint, UsersTablePoint } from './growth-types.ts';
import { createUsersDatabaseOfSize } from './users-table.ts';

function apiEntry(kind: 'session' | 'jwt', id: string, context: ConfigurationContext): Entry {
  const configuration: Configuration = {
    id,
    label: id,
    framework: 'koa',
    role: 'auth',
    credential: kind === 'session' ? 'cookie' : 'bearer',
    usesRedis: false,
    authlab: true,
    server: apiServer(kind, 'memory')(context, generateSecrets(), id),
  };
  return createEntry(configuration);
}

export async function measureLoginConcurrency(
  context: ConfigurationContext,
  settings: BenchSettings,
  log: Log,
): Promise<LoginPoint[]> {
  const entry = apiEntry('session', 'login-concurrency', context);
  createUsersDatabaseOfSize(entry.configuration.server.env.USERS_DB_PATH as string, 1);
  const server = await startServer(entry.configuration.server);
  const points: LoginPoint[] = [];
  try {
    for (const concurrency of settings.growth.loginConcurrencies) {
      const sample = await measureLogins(server, concurrency, settings.growth.loginSeconds);
      const problem = describeInvalidSample(sample);
      if (problem !== null)
        throw new Error(`POST /login at concurrency ${concurrency}: ${problem}`);
      log(`    logins at concurrency ${concurrency}: ${sample.requestsPerSecond}/s`);
      points.push({
        concurrency,
        loginsPerSecond: sample.requestsPerSecond,
        latencyP50Ms: sample.latencyP50Ms,
        latencyP99Ms: sample.latencyP99Ms,
        cpuPerLoginMs:
          concurrency === 1 ? Math.round(sample.cpuPerRequestMicroseconds / 100) / 10 : null,
      });
    }
  } finally {
    await server.stop();
  }
  return points;
}

async function measureOne(entry: Entry, settings: BenchSettings, log: Log) {
  await logInAndWarmUp(entry, settings, log);
  if (entry.status !== 'ran') throw new Error(`${entry.configuration.id}: ${entry.reason}`);
  const sample = await measureMe(entry, settings.durationSeconds, settings.connections);
  const problem = describeInvalidSample(sample);
  if (problem !== null) throw new Error(`${entry.configuration.id}: ${problem}`);
  log(`    ${entry.configuration.id}: ${sample.cpuPerRequestMicroseconds} µs CPU/request`);
  return sample;
}

/** Every size × API started at once (start-up dominates otherwise), then measured one by one. */
export async function measureUsersTable(
  context: ConfigurationContext,
  settings: BenchSettings,
  log: Log,
): Promise<UsersTablePoint[]> {
  const runs = settings.growth.userCounts.flatMap((users) => {
    const path = join(context.dataDir, `users-${users}.sqlite`);
    createUsersDatabaseOfSize(path, users);
    return (['session', 'jwt'] as const).map((api) => {
      const entry = apiEntry(api, `${api}-api-with-${users}-users`, context);
      const spec = entry.configuration.server;
      return { users, api, entry, spec: { ...spec, env: { ...spec.env, USERS_DB_PATH: path } } };
    });
  });
  try {
    await Promise.all(
      runs.map(async (run) => {
        run.entry.server = await startServer(run.spec);
      }),
    );
    const points: UsersTablePoint[] = [];
    for (const { users, api, entry } of runs) {
      const sample = await measureOne(entry, settings, log);
      points.push({
        users,
        api,
        cpuPerRequestMicroseconds: sample.cpuPerRequestMicroseconds,
        latencyP50Ms: sample.latencyP50Ms,
      });
    }
    return points;
  } finally {
    await Promise.all(runs.map((run) => run.entry.server?.stop()));
  }
}
