import { describe, expect, it } from 'vitest';
import { listProblems, summarizeConfigurations } from '../src/results.ts';
import { makeRun, makeSample } from './helpers/sample-result.ts';

describe('summarizeConfigurations', () => {
  const bare = makeRun({
    id: 'bare',
    rounds: [makeSample(60_000), makeSample(40_000), makeSample(50_000)],
  });

  it('compares the median of each configuration with the median of the bare route', () => {
    const [floor, session] = summarizeConfigurations([
      bare,
      makeRun({
        id: 'session-memory',
        rounds: [makeSample(25_000), makeSample(20_000), makeSample(30_000)],
      }),
    ]);
    expect(floor?.ratioToBare).toBe(1);
    expect(floor?.overheadMicroseconds).toBeNull();
    expect(session?.median?.requestsPerSecond).toBe(25_000);
    expect(session?.ratioToBare).toBe(0.5);
    expect(session?.overheadMicroseconds).toBeCloseTo(20, 10);
  });

  it('passes or fails each target on the ratio', () => {
    const [, pass, fail] = summarizeConfigurations([
      bare,
      makeRun({ id: 'session-memory', rounds: [makeSample(22_500)], minRatioToBare: 0.45 }),
      makeRun({ id: 'session-redis', rounds: [makeSample(16_000)], minRatioToBare: 0.33 }),
    ]);
    expect(pass?.target).toEqual({ minRatioToBare: 0.45, pass: true });
    expect(fail?.target).toEqual({ minRatioToBare: 0.33, pass: false });
  });

  it('leaves the figures of a skipped, failed or invalid configuration empty', () => {
    const results = summarizeConfigurations([
      bare,
      makeRun({ id: 'session-redis', status: 'skipped', reason: 'no Redis', minRatioToBare: 0.33 }),
      makeRun({
        id: 'jwt-hs256-memory',
        status: 'invalid',
        rounds: [makeSample(9, { non2xx: 5 })],
      }),
    ]);
    for (const result of results.slice(1)) {
      expect(result.median).toBeNull();
      expect(result.ratioToBare).toBeNull();
    }
    expect(results[1]?.target).toEqual({ minRatioToBare: 0.33, pass: null });
  });

  it('gives no ratio when the bare route was not measured', () => {
    const [, session] = summarizeConfigurations([
      makeRun({ id: 'bare', status: 'failed', reason: 'crashed' }),
      makeRun({ id: 'session-memory', rounds: [makeSample(1_000)] }),
    ]);
    expect(session?.median?.requestsPerSecond).toBe(1_000);
    expect(session?.ratioToBare).toBeNull();
  });
});

describe('listProblems', () => {
  it('lists failed and invalid measurements, not skipped ones', () => {
    const configurations = summarizeConfigurations([
      makeRun({ id: 'session-redis', status: 'skipped', reason: 'no Redis' }),
      makeRun({ id: 'session-memory', status: 'invalid', reason: '3 non-2xx responses (3× 401)' }),
    ]);
    const problems = listProblems(configurations, [
      { id: 'jwt-hs256-memory', label: 'jwt', status: 'failed', reason: 'exited', sample: null },
    ]);
    expect(problems).toEqual([
      'GET /me session-memory: INVALID — 3 non-2xx responses (3× 401)',
      'POST /login jwt-hs256-memory: FAILED — exited',
    ]);
  });

  it('lists micro operations that failed, not the skipped Redis PING', () => {
    const failed = {
      id: 'hmac-sha256' as const,
      label: 'HMAC',
      status: 'failed' as const,
      reason: 'the operation did not give the expected result',
      iterationsPerBatch: null,
      perCallMicroseconds: [],
      medianMicroseconds: null,
    };
    const skipped = { ...failed, id: 'redis-ping' as const, status: 'skipped' as const };
    expect(listProblems([], [], [failed, skipped])).toEqual([
      'micro hmac-sha256: FAILED — the operation did not give the expected result',
    ]);
  });
});
