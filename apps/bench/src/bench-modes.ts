/**
 * The two ways to run the benchmark, and where each writes.
 *
 * - full (`pnpm bench`): the method of the docs — wrk, 10 connections, 5 interleaved rounds in
 *   which every configuration runs 2 s right after a 2 s run of its floor, then the growth
 *   measurements (1k / 10k / 100k sessions, logouts and users; logins at 1–8 connections), then
 *   the in-process micro-benchmark: 5 batches of ≈ 150 ms per operation after a 250 ms warm-up.
 *   Writes results/latest.json, then re-renders the docs' generated blocks and charts from it.
 * - smoke (`pnpm bench:smoke`, and the CI test): 1 round of 1 s runs (the framework groups at
 *   once), small growth sizes and batches of a few milliseconds. It proves the harness works (every server starts, logs in and
 *   answers 2xx, every growth part and micro operation gives a result); its numbers mean nothing,
 *   so it writes to a temporary file and never touches the committed results or docs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkRedis, DEFAULT_REDIS_URL, redactRedisUrl } from './redis-check.ts';
import type { BenchResult, BenchSettings } from './results.ts';

export const FULL_SETTINGS: BenchSettings = Object.freeze({
  mode: 'full',
  connections: 10,
  durationSeconds: 2,
  rounds: 5,
  warmupSeconds: 1,
  groupsAtOnce: false,
  growth: Object.freeze({
    sessionCounts: [1_000, 10_000, 100_000],
    logoutCounts: [1_000, 10_000, 100_000],
    loginConcurrencies: [1, 2, 4, 8],
    loginSeconds: 5,
    userCounts: [1_000, 10_000, 100_000],
  }),
  micro: Object.freeze({ batches: 5, batchMilliseconds: 150, warmupMilliseconds: 250 }),
});

export const SMOKE_SETTINGS: BenchSettings = Object.freeze({
  mode: 'smoke',
  connections: 4,
  durationSeconds: 1,
  rounds: 1,
  warmupSeconds: 1,
  groupsAtOnce: true,
  growth: Object.freeze({
    sessionCounts: [100, 1_000],
    logoutCounts: [100, 1_000],
    loginConcurrencies: [1, 2],
    loginSeconds: 3,
    userCounts: [100, 1_000],
  }),
  micro: Object.freeze({ batches: 5, batchMilliseconds: 3, warmupMilliseconds: 3 }),
});

export const SMOKE_RESULTS_PATH = join(tmpdir(), 'authlab-bench-smoke.json');

export interface RedisChoice {
  readonly url: string | null;
  readonly note: string | null;
}

/** REDIS_URL when set, else the local default; used only if it answers a PING. */
export async function chooseRedis(
  env: Readonly<Record<string, string | undefined>>,
): Promise<RedisChoice> {
  const url = env.REDIS_URL ?? DEFAULT_REDIS_URL;
  const problem = await checkRedis(url);
  if (problem === null) return { url, note: null };
  return { url: null, note: `no Redis answered PING at ${redactRedisUrl(url)}: ${problem}` };
}

export function writeResultFile(path: string, result: BenchResult): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
}
