/**
 * One benchmark run, start to finish: start every configuration as its own server process, log in
 * to each once and warm it up, measure `GET /me` in interleaved paired rounds (measure-pairs.ts),
 * stop everything and delete what the run left in Redis, then measure how the costs grow
 * (growth/run-growth.ts) and time the pieces of a request in-process (micro.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConfigurations } from './configuration-list.ts';
import {
  createEntry,
  type Entry,
  type Log,
  logInEntry,
  start,
  warmUp,
} from './configuration-steps.ts';
import { redisKeyPrefix } from './configurations.ts';
import type { GrowthResult } from './growth/growth-types.ts';
import { runGrowth } from './growth/run-growth.ts';
import { describeMachine, readLoadAverage } from './machine-info.ts';
import { measurePairs } from './measure-pairs.ts';
import { type MicroResult, runMicro } from './micro.ts';
import { deleteKeysWithPrefix, redactRedisUrl } from './redis-check.ts';
import {
  type BenchResult,
  type BenchSettings,
  listProblems,
  summarizeConfiguration,
} from './results.ts';
import { judgeTargets } from './targets.ts';
import { createUnpatchedKoaJwtCopy } from './unpatched-koa-jwt.ts';
import { prepareUsersDatabases } from './users-databases.ts';

export interface RunBenchOptions {
  readonly settings: BenchSettings;
  /** null: run without Redis; the Redis configurations are reported as skipped. */
  readonly redisUrl: string | null;
  readonly redisNote: string | null;
  readonly command: string;
  readonly log?: Log;
}

async function cleanUpRedis(url: string, prefix: string, log: Log) {
  try {
    await deleteKeysWithPrefix(url, prefix);
  } catch (error) {
    log(`!!! could not delete the Redis keys ${prefix}*: ${(error as Error).message}`);
  }
}

export async function runBench(options: RunBenchOptions): Promise<BenchResult> {
  const { settings, redisUrl } = options;
  const log = options.log ?? (() => {});
  const startedAt = new Date();
  const loadAverageAtStart = readLoadAverage();
  const runId = randomBytes(6).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'authlab-bench-'));
  const unpatchedKoaJwt = createUnpatchedKoaJwtCopy();
  const context = { redisUrl, dataDir, runId, unpatchedKoaJwtDir: unpatchedKoaJwt.dir };
  const entries: Entry[] = buildConfigurations(context).map((configuration) =>
    createEntry(
      configuration,
      configuration.usesRedis && redisUrl === null ? (options.redisNote ?? 'no Redis') : null,
    ),
  );
  const active = () => entries.filter((entry) => entry.status === 'ran');
  let growth: GrowthResult;
  try {
    prepareUsersDatabases(
      active().flatMap((entry) => entry.configuration.server.env.USERS_DB_PATH ?? []),
    );
    log(`starting ${active().length} servers…`);
    await Promise.all(active().map((entry) => start(entry, log)));
    // Logins in parallel (each runs scrypt on the server), warm-ups one by one (they load the CPU).
    await Promise.all(active().map((entry) => logInEntry(entry, log)));
    for (const entry of active()) await warmUp(entry, settings, log);
    await measurePairs(entries, settings, log);
    await Promise.all(entries.map((entry) => entry.server?.stop()));
    growth = await runGrowth(context, settings, log);
  } finally {
    await Promise.all(entries.map((entry) => entry.server?.stop()));
    if (redisUrl !== null) await cleanUpRedis(redisUrl, redisKeyPrefix(runId), log);
    rmSync(dataDir, { recursive: true, force: true });
    unpatchedKoaJwt.remove();
  }
  log('timing the pieces of a request in-process…');
  const micro = await runMicro({
    settings: settings.micro,
    redisUrl,
    redisNote: options.redisNote,
    log,
  });
  return assembleResult(options, entries, growth, micro, startedAt, loadAverageAtStart);
}

function assembleResult(
  options: RunBenchOptions,
  entries: readonly Entry[],
  growth: GrowthResult,
  micro: MicroResult,
  startedAt: Date,
  loadAverageAtStart: readonly number[],
): BenchResult {
  const configurations = entries.map(
    ({ configuration, status, reason, credential, samples, pairs }) =>
      summarizeConfiguration({
        id: configuration.id,
        label: configuration.label,
        framework: configuration.framework,
        role: configuration.role,
        authlab: configuration.authlab,
        status,
        reason,
        credential: credential?.info ?? null,
        samples,
        pairs,
      }),
  );
  const finishedAt = new Date();
  return {
    command: options.command,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    elapsedSeconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 100) / 10,
    settings: options.settings,
    machine: describeMachine(loadAverageAtStart),
    redis: {
      url: options.redisUrl === null ? null : redactRedisUrl(options.redisUrl),
      used: options.redisUrl !== null,
      note: options.redisNote,
    },
    configurations,
    targets: judgeTargets(configurations),
    growth,
    micro,
    problems: listProblems(configurations, micro.cases, growth.problems),
  };
}
