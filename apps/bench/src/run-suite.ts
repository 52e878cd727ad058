/**
 * One benchmark run, start to finish: start every configuration as its own server process, log in
 * to each once, warm each up, then measure GET /me in interleaved rounds, then login throughput,
 * then stop everything and delete what the run left in Redis, and finally time the pieces of a
 * request in-process (micro.ts) on the now quiet machine.
 *
 * Interleaving (round 1: A B C…, round 2: B C… A, …) spreads slow drifts of a shared machine —
 * another process waking up, CPU frequency changes — over every configuration instead of
 * charging them all to whichever ran last; the median of the rounds then ignores one bad round.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Entry,
  type Log,
  logInAndWarmUp,
  markInvalid,
  measure,
  measureLogin,
  start,
} from './configuration-steps.ts';
import { buildConfigurations, LOGIN_CONFIGURATION_IDS, redisKeyPrefix } from './configurations.ts';
import { describeInvalidSample } from './load.ts';
import { describeMachine, readLoadAverage } from './machine-info.ts';
import { type MicroResult, runMicro } from './micro.ts';
import { deleteKeysWithPrefix, redactRedisUrl } from './redis-check.ts';
import {
  type BenchResult,
  type BenchSettings,
  type LoginResult,
  listProblems,
  type RawConfigurationRun,
  summarizeConfigurations,
} from './results.ts';
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

async function measureRounds(entries: readonly Entry[], settings: BenchSettings, log: Log) {
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const entry of rotate(entries, round)) {
      // A configuration that went INVALID in an earlier round is not measured again.
      if (entry.status !== 'ran') continue;
      const sample = await measure(entry, settings.durationSeconds, settings.connections);
      entry.rounds.push(sample);
      const problem = describeInvalidSample(sample);
      if (problem !== null) markInvalid(entry, `round ${round + 1}`, problem, log);
      const rate = Math.round(sample.requestsPerSecond);
      log(`    round ${round + 1}/${settings.rounds} ${entry.configuration.id}: ${rate} req/s`);
    }
  }
}

async function measureLogins(entries: readonly Entry[], settings: BenchSettings, log: Log) {
  const logins: LoginResult[] = [];
  for (const id of LOGIN_CONFIGURATION_IDS) {
    const entry = entries.find((candidate) => candidate.configuration.id === id);
    if (entry === undefined) continue;
    const result = await measureLogin(entry, settings);
    if (result.status === 'invalid') log(`!!! POST /login ${id} INVALID — ${result.reason}`);
    logins.push(result);
  }
  return logins;
}

/** Round r starts at the r-th configuration, so no configuration always runs first or last. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const start = by % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

export async function runBench(options: RunBenchOptions): Promise<BenchResult> {
  const { settings, redisUrl } = options;
  const log = options.log ?? (() => {});
  const startedAt = new Date();
  const loadAverageAtStart = readLoadAverage();
  const runId = randomBytes(6).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'authlab-bench-'));
  const entries: Entry[] = buildConfigurations({ redisUrl, dataDir, runId }).map(
    (configuration) => ({
      configuration,
      status: configuration.usesRedis && redisUrl === null ? 'skipped' : 'ran',
      reason:
        configuration.usesRedis && redisUrl === null ? (options.redisNote ?? 'no Redis') : null,
      server: null,
      credential: null,
      rounds: [],
    }),
  );
  const active = () => entries.filter((entry) => entry.status === 'ran');
  let logins: readonly LoginResult[] = [];
  try {
    prepareUsersDatabases(
      active().flatMap((entry) => entry.configuration.server.env.USERS_DB_PATH ?? []),
    );
    log(`starting ${active().length} servers…`);
    await Promise.all(active().map((entry) => start(entry, log)));
    for (const entry of active()) await logInAndWarmUp(entry, settings, log);
    await measureRounds(active(), settings, log);
    logins = await measureLogins(entries, settings, log);
  } finally {
    await Promise.all(entries.map((entry) => entry.server?.stop()));
    if (redisUrl !== null) await cleanUpRedis(redisUrl, redisKeyPrefix(runId), log);
    rmSync(dataDir, { recursive: true, force: true });
  }
  log('timing the pieces of a request in-process…');
  const micro = await runMicro({
    settings: settings.micro,
    redisUrl,
    redisNote: options.redisNote,
    log,
  });
  return assembleResult(options, entries, logins, micro, startedAt, loadAverageAtStart);
}

function assembleResult(
  options: RunBenchOptions,
  entries: readonly Entry[],
  logins: readonly LoginResult[],
  micro: MicroResult,
  startedAt: Date,
  loadAverageAtStart: readonly number[],
): BenchResult {
  const raw: RawConfigurationRun[] = entries.map((entry) => ({
    id: entry.configuration.id,
    label: entry.configuration.label,
    status: entry.status,
    reason: entry.reason,
    credential: entry.credential?.info ?? null,
    rounds: entry.rounds,
    minRatioToBare: entry.configuration.minRatioToBare,
  }));
  const configurations = summarizeConfigurations(raw);
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
    logins,
    micro,
    problems: listProblems(configurations, logins, micro.cases),
  };
}
