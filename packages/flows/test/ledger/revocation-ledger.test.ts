import { describe, expect, it } from 'vitest';
import { formatLatency, renderLedgerTable } from '../../src/ledger/revocation-ledger.ts';

describe('formatLatency', () => {
  it('writes seconds, and larger units when there are any', () => {
    expect(formatLatency(42, 'en')).toBe('42 s');
    expect(formatLatency(905, 'en')).toBe('905 s (15 min 5 s)');
    expect(formatLatency(604_804, 'en')).toBe('604804 s (7 d 4 s)');
    expect(formatLatency(3_600, 'vi')).toBe('3600 s (1 h)');
  });
});

describe('renderLedgerTable', () => {
  it('says "never" for a credential refused at the first replay', () => {
    const table = renderLedgerTable(
      {
        measuredAt: '2026-01-05T09:00:00.000Z',
        rows: [
          {
            design: 'session',
            credential: 'session-cookie',
            event: 'logout',
            lastAcceptedSeconds: null,
            firstRefusedSeconds: 0,
            replays: 1,
          },
        ],
      },
      'en',
    );

    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('| session cookie | logout | never (refused at once) | 0 s | 1 |');
  });
});
