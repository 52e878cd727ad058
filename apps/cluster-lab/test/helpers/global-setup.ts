/**
 * Starts ONE real cluster for the whole run — twelve `tsx src/server.ts` processes and a
 * redis-server of its own on a free port (never the shared server at REDIS_URL, and nothing is
 * flushed) — with the balancers on free ports, and stops it afterwards. The tests learn the
 * balancers' URLs and whether Redis was found through vitest's `inject`.
 */
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createFreePortPlan } from '../../src/cluster-plan.ts';
import { startCluster } from '../../src/start-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sessionBalancerUrl: string;
    jwtBalancerUrl: string;
    redisAvailable: boolean;
  }
}

export default async function setUp(project: TestProject): Promise<() => Promise<void>> {
  const logPath = join(mkdtempSync(join(tmpdir(), 'authlab-cluster-test-')), 'instances.log');
  const cluster = await startCluster({
    plan: await createFreePortPlan(),
    redisUrl: undefined,
    allowedOrigins: undefined,
    onOutput: (id, line) => appendFileSync(logPath, `[${id}] ${line}\n`),
  });
  project.provide('sessionBalancerUrl', cluster.urls.session);
  project.provide('jwtBalancerUrl', cluster.urls.jwt);
  project.provide('redisAvailable', cluster.redis.url !== null);
  return () => cluster.stop();
}
