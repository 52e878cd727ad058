/**
 * The ledger table in docs/attacks-tokens.md (EN and VI) is what `pnpm --filter @authlab/bench
 * ledger` generated from the committed results, never typed by hand; and the results themselves
 * hold the ledger's promise: zero for the designs that check revocation, "until exp" otherwise.
 */
import { readFileSync } from 'node:fs';
import type { LedgerResults } from '@authlab/flows/ledger/revocation-ledger';
import { describe, expect, it } from 'vitest';
import { LEDGER_PAGES, readLedgerResults, renderLedgerBlocks } from '../src/ledger/ledger-docs.ts';

const SAMPLE: LedgerResults = {
  measuredAt: '2026-01-05T09:00:00.000Z',
  rows: [
    {
      design: 'jwt-stateless',
      credential: 'access-token',
      event: 'logout',
      lastAcceptedSeconds: 904,
      firstRefusedSeconds: 905,
      replays: 23,
    },
  ],
};

describe('the ledger pages', () => {
  const results = readLedgerResults();

  it.each(LEDGER_PAGES.map((page) => [page.language, page] as const))(
    'holds the table generated from results/revocation-ledger.json (%s)',
    (_language, page) => {
      const document = readFileSync(page.path, 'utf8');
      expect(document).toContain('<!-- ledger:table -->');
      expect(document, 'stale: run pnpm --filter @authlab/bench ledger --docs-only').toBe(
        renderLedgerBlocks(document, results, page.language),
      );
    },
  );

  it('records zero latency for every design that checks revocation', () => {
    const checked = results.rows.filter((row) => row.design !== 'jwt-stateless');
    expect(checked.length).toBeGreaterThan(0);
    for (const row of checked) expect(row.lastAcceptedSeconds).toBeNull();
  });

  it('records the stateless tokens as accepted long after the event', () => {
    const stateless = results.rows.filter((row) => row.design === 'jwt-stateless');
    expect(stateless.length).toBeGreaterThan(0);
    for (const row of stateless) expect(row.lastAcceptedSeconds).toBeGreaterThan(0);
  });
});

describe('renderLedgerBlocks', () => {
  it('replaces the block with the table in the page language', () => {
    const page = 'before\n<!-- ledger:table -->\nold\n<!-- /ledger -->\nafter';

    const rendered = renderLedgerBlocks(page, SAMPLE, 'en');

    expect(rendered).toContain('| 904 s (15 min 4 s) | 905 s (15 min 5 s) | 23 |');
    expect(rendered).not.toContain('old');
    expect(renderLedgerBlocks(page, SAMPLE, 'vi')).toContain('access token');
  });

  it('refuses an unknown block name', () => {
    expect(() =>
      renderLedgerBlocks('<!-- ledger:tabel -->x<!-- /ledger -->', SAMPLE, 'en'),
    ).toThrow(/tabel/);
  });
});
