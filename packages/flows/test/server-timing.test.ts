import { describe, expect, it } from 'vitest';
import { formatServerTiming, parseServerTiming } from '../src/server-timing.ts';

describe('formatServerTiming', () => {
  it('writes each step with its duration and, when it did not succeed, its outcome', () => {
    const header = formatServerTiming([
      { id: 'jwt.auth.verify-token', durationMs: 0.01 },
      { id: 'jwt.auth.check-revocation', durationMs: 12.35, outcome: 'denied' },
    ]);

    expect(header).toBe(
      'jwt.auth.verify-token;dur=0.01, jwt.auth.check-revocation;dur=12.35;desc="denied"',
    );
  });

  it('writes step ids and outcomes without durations when durations are off', () => {
    const header = formatServerTiming(
      [
        { id: 'jwt.auth.verify-token', durationMs: 0.01 },
        { id: 'jwt.auth.check-revocation', durationMs: 12.35, outcome: 'failed' },
      ],
      false,
    );

    expect(header).toBe('jwt.auth.verify-token, jwt.auth.check-revocation;desc="failed"');
  });
});

describe('parseServerTiming', () => {
  it('reads back what formatServerTiming wrote', () => {
    const entries = [
      { id: 'session.auth.read-cookie', durationMs: 0.01 },
      { id: 'session.auth.load-session', durationMs: 0.31, outcome: 'expired' as const },
    ];

    expect(parseServerTiming(formatServerTiming(entries))).toEqual(entries);
  });

  it('returns nothing for a missing or empty header', () => {
    expect(parseServerTiming(null)).toEqual([]);
    expect(parseServerTiming('')).toEqual([]);
  });

  it('tolerates whitespace, unquoted desc, unknown params and metrics without a duration', () => {
    expect(parseServerTiming(' a ; dur = 2 ; desc=missing ;x=1 ,b, c ; desc="absent" ,')).toEqual([
      { id: 'a', durationMs: 2, outcome: 'missing' },
      { id: 'b', durationMs: 0 },
      { id: 'c', durationMs: 0, outcome: 'absent' },
    ]);
  });
});
