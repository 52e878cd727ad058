/**
 * How each cost grows (issue 16): memory per session and per denylisted token in the memory
 * stores (a fresh V8 heap per size) and in Redis (`INFO memory` of a private server), what the
 * denylist holds one access-token lifetime later, login throughput against concurrency, and
 * `GET /me` against the users table's size. A part that fails is reported as a problem and the
 * others still run.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Log } from '../configuration-steps.ts';
import type { ConfigurationContext } from '../configurations.ts';
import { BENCH_PACKAGE_DIR } from '../paths.ts';
import type { BenchSettings } from '../results.ts';
import type { DenylistPoint, GrowthResult, StoreMemoryPoint } from './growth-types.ts';
import { measureLoginConcurrency, measureUsersTable } from './http-growth.ts';
import { measureRedisGrowth, type RedisGrowth } from './redis-memory.ts';
import { ACCESS_TOKEN_TTL_SECONDS } from './store-probes.ts';

const run = promisify(execFile);

async function measureMemoryStore<T extends StoreMemoryPoint>(
  kind: 'sessions' | 'denylist',
  count: number,
): Promise<T> {
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'src/growth/measure-memory-store.ts', kind, String(count)],
    { cwd: BENCH_PACKAGE_DIR },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as T;
}

async function attempt<T>(
  what: string,
  problems: string[],
  log: Log,
  measure: () => Promise<T>,
): Promise<T | null> {
  try {
    return await measure();
  } catch (error) {
    const problem = `growth ${what}: FAILED — ${(error as Error).message.split('\n')[0]}`;
    log(`!!! ${problem}`);
    problems.push(problem);
    return null;
  }
}

export async function runGrowth(
  context: ConfigurationContext,
  settings: BenchSettings,
  log: Log,
): Promise<GrowthResult> {
  const { sessionCounts, logoutCounts } = settings.growth;
  const problems: string[] = [];
  log('growth: memory stores…');
  const sessionsMemory = await attempt('memory sessions', problems, log, () =>
    Promise.all(
      sessionCounts.map((count) => measureMemoryStore<StoreMemoryPoint>('sessions', count)),
    ),
  );
  const denylistMemory = await attempt('memory denylist', problems, log, () =>
    Promise.all(logoutCounts.map((count) => measureMemoryStore<DenylistPoint>('denylist', count))),
  );
  log('growth: Redis stores (private redis-server)…');
  const redis: RedisGrowth | null = await attempt('Redis', problems, log, () =>
    measureRedisGrowth(sessionCounts, logoutCounts),
  );
  log('growth: logins against concurrency…');
  const logins = await attempt('logins', problems, log, () =>
    measureLoginConcurrency(context, settings, log),
  );
  log('growth: GET /me against users-table size…');
  const usersTable = await attempt('users table', problems, log, () =>
    measureUsersTable(context, settings, log),
  );
  return {
    sessionsMemory: sessionsMemory ?? [],
    sessionsRedis: redis?.sessions ?? null,
    denylistMemory: denylistMemory ?? [],
    denylistRedis: redis?.denylist ?? null,
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    logins: logins ?? [],
    usersTable: usersTable ?? [],
    problems,
  };
}
