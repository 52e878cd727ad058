/**
 * The CI smoke run: the whole benchmark, for about a second per configuration and a few
 * milliseconds per micro operation. It proves that every configuration still starts, logs in and
 * answers 2xx under load, and that every micro operation gives the right result and a positive
 * time — never how fast (timing targets belong to `pnpm bench`, on an idle machine).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMOKE_SETTINGS, writeResultFile } from '../src/bench-modes.ts';
import { CONFIGURATION_IDS, LOGIN_CONFIGURATION_IDS } from '../src/configurations.ts';
import { renderMicroTable } from '../src/render-micro.ts';
import type { BenchResult } from '../src/results.ts';
import { runBench } from '../src/run-suite.ts';

const SMOKE_TIMEOUT_MS = 180_000;
const redisUrl = process.env.REDIS_URL ?? null;
const usesRedis = (id: string) => id.endsWith('-redis');

describe('bench:smoke', () => {
  const outputDir = mkdtempSync(join(tmpdir(), 'authlab-bench-test-'));
  const outputPath = join(outputDir, 'smoke.json');
  let result: BenchResult;

  beforeAll(async () => {
    result = await runBench({
      // Even shorter than `pnpm bench:smoke`: no warm-up, one login per connection.
      settings: {
        ...SMOKE_SETTINGS,
        warmupSeconds: 0,
        loginRequests: SMOKE_SETTINGS.loginConnections,
      },
      redisUrl,
      redisNote: redisUrl === null ? 'REDIS_URL not set' : null,
      command: 'vitest test/smoke.test.ts',
    });
    writeResultFile(outputPath, result);
  }, SMOKE_TIMEOUT_MS);

  afterAll(() => rmSync(outputDir, { recursive: true, force: true }));

  it('measures every configuration with 2xx answers only', () => {
    expect(result.problems).toEqual([]);
    for (const id of CONFIGURATION_IDS.filter((id) => redisUrl !== null || !usesRedis(id))) {
      const configuration = result.configurations.find((entry) => entry.id === id);
      expect(configuration?.status, id).toBe('ran');
      expect(configuration?.median?.requestsPerSecond, id).toBeGreaterThan(0);
      for (const round of configuration?.rounds ?? []) {
        expect(round.non2xx, id).toBe(0);
        expect(round.errors, id).toBe(0);
      }
    }
  });

  it.runIf(redisUrl === null)('skips the Redis configurations without REDIS_URL', () => {
    const redisConfigurations = result.configurations.filter((entry) => usesRedis(entry.id));
    expect(redisConfigurations.length).toBeGreaterThan(0);
    for (const entry of redisConfigurations) expect(entry.status, entry.id).toBe('skipped');
  });

  it('measures login throughput on each API', () => {
    expect(result.logins.map((login) => login.id)).toEqual(LOGIN_CONFIGURATION_IDS);
    for (const login of result.logins) {
      expect(login.status, login.id).toBe('ran');
      expect(login.sample?.requests, login.id).toBeGreaterThan(0);
    }
  });

  it('measures the credential each approach adds to a request', () => {
    const bytes = new Map(result.configurations.map((entry) => [entry.id, entry.credential]));
    expect(bytes.get('session-memory')?.headerName).toBe('Cookie');
    expect(bytes.get('jwt-hs256-memory')?.headerName).toBe('Authorization');
    expect(bytes.get('bare')).toBeNull();
    expect(bytes.get('plain-koa')).toBeNull();
  });

  it('times every micro operation, Redis PING included when REDIS_URL is set', () => {
    const ids = result.micro.cases.map((entry) => entry.id);
    expect(ids).toEqual([
      'verify-hs256-string',
      'verify-hs256-key-object',
      'create-public-key-throws',
      'hmac-sha256',
      'verify-es256-pem',
      'verify-es256-key-object',
      'koa-jwt-hs256-string',
      'koa-jwt-hs256-key-object',
      'p-any-one-promise',
      'users-row-by-id',
      'memory-revocation-check',
      'redis-ping',
    ]);
    for (const entry of result.micro.cases) {
      if (entry.id === 'redis-ping' && redisUrl === null) {
        expect(entry.status).toBe('skipped');
        continue;
      }
      expect(entry.status, entry.id).toBe('ran');
      expect(entry.iterationsPerBatch, entry.id).toBeGreaterThan(0);
      expect(entry.perCallMicroseconds, entry.id).toHaveLength(SMOKE_SETTINGS.micro.batches);
      expect(entry.medianMicroseconds, entry.id).toBeGreaterThan(0);
    }
    expect(renderMicroTable(result)).toContain('> ⚠️ Not a full run');
  });

  it('writes its results to the file it was given', () => {
    const written = JSON.parse(readFileSync(outputPath, 'utf8')) as BenchResult;
    expect(written.settings.mode).toBe('smoke');
    expect(written.configurations).toHaveLength(CONFIGURATION_IDS.length);
    expect(written.micro.cases.length).toBeGreaterThan(0);
  });
});
