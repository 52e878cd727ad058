/**
 * The CI smoke run: the whole benchmark with one 1 s run per configuration, the smallest growth
 * sizes and micro batches of a few milliseconds. It proves the harness works — every server
 * (authlab's APIs and every peer) starts, logs in and answers 2xx under wrk, its CPU time is read,
 * every growth part and micro operation gives a result — never how fast: timing targets belong to
 * `pnpm bench` on an idle machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMOKE_SETTINGS } from '../src/bench-modes.ts';
import { CONFIGURATION_IDS } from '../src/configuration-list.ts';
import { renderCpuTable } from '../src/render-tables.ts';
import type { BenchResult } from '../src/results.ts';
import { runBench } from '../src/run-suite.ts';

const SMOKE_TIMEOUT_MS = 180_000;
const redisUrl = process.env.REDIS_URL ?? null;
const usesRedis = (id: string) => id.endsWith('-redis');

describe('bench:smoke', () => {
  let result: BenchResult;

  beforeAll(async () => {
    result = await runBench({
      // Even shorter than `pnpm bench:smoke`: no warm-up, one size per growth measurement.
      settings: {
        ...SMOKE_SETTINGS,
        warmupSeconds: 0,
        growth: {
          sessionCounts: [100],
          logoutCounts: [100],
          loginConcurrencies: [1],
          loginSeconds: 2,
          userCounts: [100],
        },
      },
      redisUrl,
      redisNote: redisUrl === null ? 'REDIS_URL not set' : null,
      command: 'vitest test/smoke.test.ts',
    });
  }, SMOKE_TIMEOUT_MS);

  afterAll(() => {
    if (result !== undefined) console.log(renderCpuTable(result));
  });

  it('measures every configuration with 2xx answers only, and reads its CPU time', () => {
    expect(result.problems).toEqual([]);
    for (const id of CONFIGURATION_IDS.filter((id) => redisUrl !== null || !usesRedis(id))) {
      const configuration = result.configurations.find((entry) => entry.id === id);
      expect(configuration?.status, id).toBe('ran');
      expect(configuration?.median?.cpuPerRequestMicroseconds, id).toBeGreaterThan(0);
      for (const sample of configuration?.samples ?? []) expect(sample.errorAnswers, id).toBe(0);
    }
  });

  it('pairs every non-floor configuration with its floor', () => {
    for (const entry of result.configurations.filter((entry) => entry.status === 'ran')) {
      if (entry.role === 'floor') expect(entry.paired, entry.id).toBeNull();
      else expect(entry.floorCpuPerRequest, entry.id).toHaveLength(entry.samples.length);
    }
  });

  it.runIf(redisUrl === null)('skips the Redis configurations without REDIS_URL', () => {
    const redisRows = result.configurations.filter((entry) => usesRedis(entry.id));
    expect(redisRows.length).toBeGreaterThan(0);
    for (const entry of redisRows) expect(entry.status, entry.id).toBe('skipped');
  });

  it('judges both targets', () => {
    expect(result.targets.map((target) => target.pass === null)).toEqual([false, false]);
  });

  it('measures how each cost grows', () => {
    const { growth } = result;
    expect(growth.sessionsMemory[0]?.bytesPerEntry).toBeGreaterThan(0);
    expect(growth.denylistMemory[0]).toMatchObject({ held: 100, liveAfterTtl: 0 });
    expect(growth.sessionsRedis?.[0]?.held).toBe(100);
    expect(growth.logins[0]?.loginsPerSecond).toBeGreaterThan(0);
    expect(growth.usersTable.map((point) => point.api)).toEqual(['session', 'jwt']);
  });

  it('times every micro operation, both koa-jwt builds included', () => {
    const ids = result.micro.cases.map((entry) => entry.id);
    expect(ids).toContain('koa-jwt-unpatched-key-object');
    expect(ids).toContain('koa-jwt-hs256-key-object');
    for (const entry of result.micro.cases) {
      if (entry.id === 'redis-ping' && redisUrl === null) continue;
      expect(entry.status, entry.id).toBe('ran');
      expect(entry.medianMicroseconds, entry.id).toBeGreaterThan(0);
    }
  });
});
