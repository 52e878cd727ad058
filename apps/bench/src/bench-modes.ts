/**
 * The two ways to run the benchmark, and where each writes.
 *
 * - full (`pnpm bench`): the method of the docs — autocannon, 10 connections, 5 interleaved rounds
 *   of 4 s after a warm-up, then 40 logins per API over 4 connections (≈ 4 s at ~10 logins/s),
 *   then the in-process micro-benchmark: 5 batches of ≈ 150 ms per operation (≥ 0.5 s each, after
 *   a 250 ms warm-up). Writes results/latest.json and the tables of docs/performance.md.
 * - smoke (`pnpm bench:smoke`, and the CI test): 1 round of ~1 s per configuration and batches of
 *   a few milliseconds. It proves the benchmark still works (every server starts, logs in and
 *   answers 2xx; every micro operation gives the right result); its numbers mean nothing, so it
 *   writes to a temporary file and never touches the committed results or docs.
 *
 * autocannon stops on its next 1 s sampling tick, so durations are effectively whole seconds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkRedis, DEFAULT_REDIS_URL, redactRedisUrl } from './redis-check.ts';
import { renderPerformancePage } from './render-markdown.ts';
import type { BenchResult, BenchSettings } from './results.ts';

export const FULL_SETTINGS: BenchSettings = Object.freeze({
  mode: 'full',
  connections: 10,
  durationSeconds: 4,
  rounds: 5,
  warmupSeconds: 2,
  loginConnections: 4,
  loginRequests: 40,
  micro: Object.freeze({ batches: 5, batchMilliseconds: 150, warmupMilliseconds: 250 }),
});

export const SMOKE_SETTINGS: BenchSettings = Object.freeze({
  mode: 'smoke',
  connections: 10,
  durationSeconds: 1,
  rounds: 1,
  warmupSeconds: 1,
  loginConnections: 4,
  loginRequests: 8,
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

export function updatePerformancePage(path: string, result: BenchResult): void {
  writeFileSync(path, renderPerformancePage(readFileSync(path, 'utf8'), result));
}
