import { describe, expect, it } from 'vitest';
import { formatMicroseconds, renderMicroTable } from '../src/render-micro.ts';
import { makeResult } from './helpers/sample-result.ts';

describe('renderMicroTable', () => {
  const table = renderMicroTable(makeResult());

  it('shows the median per call, the range across batches and the batch size', () => {
    expect(table).toContain('| verify HS256, KeyObject | 6.10 | 5.90–7.50 | 25,000 |');
    expect(table).toContain('| verify HS256, string | 295 | 288–1,235 | 520 |');
  });

  it('says why an operation was not timed', () => {
    expect(table).toContain('| Redis PING | skipped (no Redis answered PING) |  |  |');
  });

  it('states how, where and when the numbers were measured', () => {
    expect(table).toContain('by `pnpm bench` (full: after a 250 ms warm-up, 5 batches of ≈ 150 ms');
    expect(table).toContain('in one Node process after the HTTP runs, on Test CPU × 2 cores');
    expect(table).not.toContain('Not a full run');
  });

  it('warns about a smoke run', () => {
    const result = makeResult();
    const smoke = { ...result, settings: { ...result.settings, mode: 'smoke' as const } };
    expect(renderMicroTable(smoke)).toContain('> ⚠️ Not a full run');
  });
});

describe('formatMicroseconds', () => {
  it('keeps two decimals below 10 µs, one below 100 µs, none above', () => {
    expect(formatMicroseconds(2.345)).toBe('2.35');
    expect(formatMicroseconds(41.26)).toBe('41.3');
    expect(formatMicroseconds(957.27)).toBe('957');
  });
});
