import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError, UnauthenticatedError } from '../src/errors.ts';
import {
  createTrace,
  formatServerTiming,
  getTrace,
  parseServerTiming,
  type TraceEntry,
} from '../src/trace.ts';
import { createTestApp } from './helpers/create-test-app.ts';
import { serverTimingOf } from './helpers/server-timing.ts';

describe('traceSteps()', () => {
  it('reports the steps in the order they ran on a successful response', async () => {
    const { app } = createTestApp(async (ctx) => {
      const trace = getTrace(ctx);
      await trace.step('session.auth.read-cookie', () => 'sid');
      await trace.step('session.auth.load-session', async () => ({ userId: 42 }));
      trace.record('session.request.respond', 0.5);
      ctx.body = { ok: true };
    });
    const response = await request(app.callback()).get('/me');
    expect(response.status).toBe(200);
    expect(serverTimingOf(response)).toEqual([
      { id: 'session.auth.read-cookie', durationMs: expect.any(Number) },
      { id: 'session.auth.load-session', durationMs: expect.any(Number) },
      { id: 'session.request.respond', durationMs: 0.5 },
    ]);
  });

  it('reports the failing steps with desc on an error response', async () => {
    const { app } = createTestApp(async (ctx) => {
      const trace = getTrace(ctx);
      await trace.step('session.auth.read-cookie', (step) => step.setOutcome('absent'));
      trace.fail('session.auth.reject', 'failed');
      throw new UnauthenticatedError();
    });
    const response = await request(app.callback()).get('/me');
    expect(response.status).toBe(401);
    expect(serverTimingOf(response)).toEqual([
      { id: 'session.auth.read-cookie', durationMs: expect.any(Number), outcome: 'absent' },
      { id: 'session.auth.reject', durationMs: 0, outcome: 'failed' },
    ]);
  });

  it('records a step that throws a store outage as unavailable and rethrows', async () => {
    const { app } = createTestApp(async (ctx) => {
      await getTrace(ctx).step('jwt.auth.check-revocation', () => {
        throw new StoreUnavailableError();
      });
    });
    const response = await request(app.callback()).get('/me');
    expect(response.status).toBe(503);
    expect(serverTimingOf(response)[0]).toMatchObject({
      id: 'jwt.auth.check-revocation',
      outcome: 'unavailable',
    });
  });

  it('writes no Server-Timing header when no step ran', async () => {
    const { app } = createTestApp((ctx) => {
      ctx.body = { status: 'ok' };
    });
    const response = await request(app.callback()).get('/healthz');
    expect(response.headers['server-timing']).toBeUndefined();
  });
});

describe('parseServerTiming()', () => {
  it('reads back what formatServerTiming wrote', () => {
    const entries: TraceEntry[] = [
      { id: 'jwt.auth.extract-token', durationMs: 0.01 },
      { id: 'jwt.auth.verify-signature', durationMs: 12.35, outcome: 'expired' },
    ];
    const header = formatServerTiming(entries);
    expect(header).toBe(
      'jwt.auth.extract-token;dur=0.01, jwt.auth.verify-signature;dur=12.35;desc="expired"',
    );
    expect(parseServerTiming(header)).toEqual([
      { id: 'jwt.auth.extract-token', durationMs: 0.01 },
      { id: 'jwt.auth.verify-signature', durationMs: 12.35, outcome: 'expired' },
    ]);
  });

  it('writes step ids and outcomes without durations when durations are off', () => {
    const entries: TraceEntry[] = [
      { id: 'jwt.auth.extract-token', durationMs: 0.01 },
      { id: 'jwt.auth.verify-signature', durationMs: 12.35, outcome: 'failed' },
    ];

    expect(formatServerTiming(entries, false)).toBe(
      'jwt.auth.extract-token, jwt.auth.verify-signature;desc="failed"',
    );
  });

  it('tolerates whitespace, unquoted desc and unknown params', () => {
    expect(parseServerTiming(' a ; dur = 2 ; desc=missing ;x=1 ,b')).toEqual([
      { id: 'a', durationMs: 2, outcome: 'missing' },
      { id: 'b', durationMs: 0 },
    ]);
  });
});

describe('createTrace()', () => {
  it('returns what the step returned', async () => {
    const trace = createTrace();
    await expect(trace.step('session.login.verify-credentials', async () => 42)).resolves.toBe(42);
    expect(trace.entries).toHaveLength(1);
  });
});
