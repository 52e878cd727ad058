import { describe, expect, it } from 'vitest';
import { parseServerTiming } from '../../src/lib/server-timing.ts';

describe('parseServerTiming', () => {
  it('reads step ids, durations and outcomes in order', () => {
    expect(
      parseServerTiming('jwt.auth.verify-token;dur=0.31;desc="expired", jwt.auth.reject;dur=0'),
    ).toEqual([
      { id: 'jwt.auth.verify-token', durationMs: 0.31, outcome: 'expired' },
      { id: 'jwt.auth.reject', durationMs: 0 },
    ]);
  });

  it('returns nothing for a missing or empty header', () => {
    expect(parseServerTiming(null)).toEqual([]);
    expect(parseServerTiming('')).toEqual([]);
  });

  it('tolerates whitespace and metrics without a duration', () => {
    expect(parseServerTiming(' session.auth.read-cookie ; desc="absent" ,')).toEqual([
      { id: 'session.auth.read-cookie', durationMs: 0, outcome: 'absent' },
    ]);
  });
});
