/** Hand-made load samples and results, so the pure parts can be tested without running servers. */
import type { LoadSample } from '../../src/load.ts';
import type { MicroCaseResult } from '../../src/micro.ts';
import type { BenchResult, ConfigurationResult, RawConfigurationRun } from '../../src/results.ts';
import { summarizeConfigurations } from '../../src/results.ts';

export function makeSample(
  requestsPerSecond: number,
  overrides: Partial<LoadSample> = {},
): LoadSample {
  return {
    requestsPerSecond,
    latencyP50Ms: 0.15,
    latencyP99Ms: 0.9,
    requests: requestsPerSecond * 4,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    durationSeconds: 4,
    statusCodes: { '200': requestsPerSecond * 4 },
    ...overrides,
  };
}

export function makeRun(
  overrides: Partial<RawConfigurationRun> & Pick<RawConfigurationRun, 'id'>,
): RawConfigurationRun {
  return {
    label: overrides.id,
    status: 'ran',
    reason: null,
    credential: null,
    rounds: [],
    minRatioToBare: null,
    ...overrides,
  };
}

export function makeResult(
  configurations: readonly ConfigurationResult[] = defaultConfigurations(),
): BenchResult {
  return {
    command: 'pnpm bench',
    startedAt: '2026-01-02T03:04:05.000Z',
    finishedAt: '2026-01-02T03:06:05.000Z',
    elapsedSeconds: 120,
    settings: {
      mode: 'full',
      connections: 10,
      durationSeconds: 4,
      rounds: 3,
      warmupSeconds: 2,
      loginConnections: 4,
      loginRequests: 40,
      micro: { batches: 5, batchMilliseconds: 150, warmupMilliseconds: 250 },
    },
    machine: {
      node: 'v20.20.2',
      platform: 'linux 6.1',
      cpuModel: 'Test CPU',
      cores: 2,
      totalMemoryGiB: 8,
      loadAverageAtStart: [0.1, 0.2, 0.3],
      loadAverageAtEnd: [1.1, 0.6, 0.4],
    },
    redis: { url: 'redis://127.0.0.1:6379', used: true, note: null },
    configurations,
    logins: [
      {
        id: 'session-memory',
        label: 'session-api, memory store',
        status: 'ran',
        reason: null,
        sample: makeSample(12.5, { latencyP50Ms: 310, latencyP99Ms: 420 }),
      },
    ],
    micro: {
      settings: { batches: 5, batchMilliseconds: 150, warmupMilliseconds: 250 },
      cases: defaultMicroCases(),
    },
    problems: [],
  };
}

export function defaultMicroCases(): MicroCaseResult[] {
  return [
    {
      id: 'verify-hs256-key-object',
      label: 'verify HS256, KeyObject',
      status: 'ran',
      reason: null,
      iterationsPerBatch: 25_000,
      perCallMicroseconds: [6.2, 5.9, 6.04, 7.5, 6.1],
      medianMicroseconds: 6.1,
    },
    {
      id: 'verify-hs256-string',
      label: 'verify HS256, string',
      status: 'ran',
      reason: null,
      iterationsPerBatch: 520,
      perCallMicroseconds: [290.4, 301, 288.2, 1234.5, 295],
      medianMicroseconds: 295,
    },
    {
      id: 'redis-ping',
      label: 'Redis PING',
      status: 'skipped',
      reason: 'no Redis answered PING',
      iterationsPerBatch: null,
      perCallMicroseconds: [],
      medianMicroseconds: null,
    },
  ];
}

export function defaultConfigurations(): ConfigurationResult[] {
  return summarizeConfigurations([
    makeRun({ id: 'bare', label: 'bare Koa route (the floor)', rounds: [makeSample(50_000)] }),
    makeRun({
      id: 'session-memory',
      label: 'session-api, memory store',
      rounds: [makeSample(25_000)],
      minRatioToBare: 0.45,
      credential: { headerName: 'Cookie', headerBytes: 60, shape: 'authlab.sid=<43 chars>' },
    }),
    makeRun({
      id: 'session-redis',
      label: 'session-api, Redis store',
      status: 'skipped',
      reason: 'no Redis answered PING',
      minRatioToBare: 0.33,
    }),
    makeRun({
      id: 'jwt-hs256-memory',
      label: 'jwt-api HS256',
      rounds: [makeSample(10_000)],
      minRatioToBare: 0.33,
    }),
  ]);
}
