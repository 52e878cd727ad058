/**
 * Brings the whole cluster up and down: a users database every instance shares, the Redis the
 * `redis` groups share, the API instances of every group, and one balancer per API.
 *
 * Teaches, through what each group is given:
 * - every instance of an API gets the SAME secret (SESSION_SECRET keys the session store's ids,
 *   JWT_SECRET signs and verifies tokens): a JWT instance needs nothing else to accept a token;
 * - the `memory` groups get no REDIS_URL, so each instance keeps sessions, denylists and rate
 *   limits in its own process; the `redis` groups share one Redis under one key prefix, so what
 *   one instance writes, the others read;
 * - the `es256` group shares NO secret: its signer gets an ES256 private key (and the lab routes,
 *   for key rotation), its verifiers get only the signer's JWKS URL.
 * The secrets are random per run, generated here and handed over in the environment, never
 * written to disk: three instances starting at once must not each generate their own.
 *
 * Reference: The Twelve-Factor App, "IV. Backing services" and "VI. Processes"; docs/cluster-lab.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openUsersDatabase } from '@authlab/users/users-database';
import { type ApiInstance, createApiInstance, INSTANCE_HOST } from './api-instance.ts';
import { type Balancer, createBalancer } from './balancer.ts';
import {
  API_NAMES,
  type ApiName,
  type ClusterPlan,
  GROUPS_OF,
  type GroupName,
  groupInstances,
  SIGNER_INDEX,
} from './cluster-plan.ts';
import { createEs256Keys, instanceEnv } from './instance-env.ts';
import { type ProvidedRedis, provideRedis, REDIS_INSTALL_HINT } from './redis-provider.ts';

export interface StartClusterOptions {
  readonly plan: ClusterPlan;
  /** The learner's REDIS_URL; without one, a redis-server from PATH is started (or none). */
  readonly redisUrl: string | undefined;
  /** The web app's origins, for the APIs' CSRF check (their default when undefined). */
  readonly allowedOrigins: string | undefined;
  readonly onOutput: (instanceId: string, line: string) => void;
}

export interface RunningCluster {
  readonly balancers: Readonly<Record<ApiName, Balancer>>;
  readonly urls: Readonly<Record<ApiName, string>>;
  readonly instances: readonly ApiInstance[];
  readonly redis: ProvidedRedis;
  stop(): Promise<void>;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, INSTANCE_HOST, () => resolve());
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function startCluster(options: StartClusterOptions): Promise<RunningCluster> {
  const workDir = mkdtempSync(join(tmpdir(), 'authlab-cluster-'));
  const usersDbPath = join(workDir, 'users.sqlite');
  // Created (and seeded) once here: fifteen processes creating one file at once would race.
  openUsersDatabase({ path: usersDbPath }).close();
  const redis = await provideRedis(options.redisUrl);
  const shared: Record<string, string> = {
    NODE_ENV: 'development',
    LAB_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    USERS_DB_PATH: usersDbPath,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    JWT_ALGORITHM: 'HS256',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ...(options.allowedOrigins === undefined ? {} : { ALLOWED_ORIGINS: options.allowedOrigins }),
  };
  // One prefix per run: a learner's own Redis (REDIS_URL) may hold other runs' or other apps' keys.
  const keyPrefix = `authlab:cluster:${randomBytes(4).toString('hex')}:`;
  const es256Keys = createEs256Keys(options.plan);
  const instances = options.plan.instances.map((spec) =>
    createApiInstance(spec, {
      env: instanceEnv(spec, shared, redis, keyPrefix, es256Keys),
      onOutput: options.onOutput,
    }),
  );
  const unavailable = (group: GroupName) =>
    group === 'redis' && redis.url === null ? REDIS_INSTALL_HINT : null;
  const serving = instances.filter((instance) => unavailable(instance.spec.group) === null);
  const balancers = Object.fromEntries(
    API_NAMES.map((api) => [
      api,
      createBalancer(
        GROUPS_OF[api].map((name) => {
          const members = groupInstances(instances, api, name);
          return {
            name,
            instances: members,
            unavailable: unavailable(name),
            signer:
              name === 'es256'
                ? (members.find(({ spec }) => spec.index === SIGNER_INDEX) ?? null)
                : null,
          };
        }),
      ),
    ]),
  ) as Record<ApiName, Balancer>;

  const stop = async () => {
    await Promise.all(API_NAMES.map((api) => close(balancers[api].server)));
    await Promise.all(instances.map((instance) => instance.stop()));
    await redis.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    await Promise.all(serving.map((instance) => instance.start()));
    await Promise.all(
      API_NAMES.map((api) => listen(balancers[api].server, options.plan.balancerPorts[api])),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const urls = Object.fromEntries(
    API_NAMES.map((api) => [api, `http://${INSTANCE_HOST}:${options.plan.balancerPorts[api]}`]),
  ) as Record<ApiName, string>;
  return { balancers, urls, instances, redis, stop };
}
