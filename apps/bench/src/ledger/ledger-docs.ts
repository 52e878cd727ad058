/**
 * The ledger's generated blocks in the docs: `<!-- ledger:table -->…<!-- /ledger -->` is
 * replaced by the table rendered from the committed results (results/revocation-ledger.json), in
 * the page's language (docs/vi/ is Vietnamese). Like the bench's own blocks (doc-blocks.ts), an
 * unknown block name is an error, and a test checks that the committed pages match the results.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LedgerResults, renderLedgerTable } from '@authlab/flows/ledger/revocation-ledger';
import type { Language } from '@authlab/flows/localized';
import { BENCH_PACKAGE_DIR, DOCS_DIR } from '../paths.ts';

export const LEDGER_RESULTS_PATH = join(BENCH_PACKAGE_DIR, 'results/revocation-ledger.json');
export const LEDGER_PAGES: readonly { path: string; language: Language }[] = [
  { path: join(DOCS_DIR, 'attacks-tokens.md'), language: 'en' },
  { path: join(DOCS_DIR, 'vi/attacks-tokens.md'), language: 'vi' },
];

const BLOCK_PATTERN = /<!-- ledger:([a-z0-9-]+) -->([\s\S]*?)<!-- \/ledger -->/g;

export function renderLedgerBlocks(
  document: string,
  results: LedgerResults,
  language: Language,
): string {
  return document.replace(BLOCK_PATTERN, (_block, name: string) => {
    if (name !== 'table') throw new Error(`unknown ledger block "${name}"`);
    return `<!-- ledger:${name} -->\n${renderLedgerTable(results, language)}\n<!-- /ledger -->`;
  });
}

export function readLedgerResults(): LedgerResults {
  return JSON.parse(readFileSync(LEDGER_RESULTS_PATH, 'utf8')) as LedgerResults;
}

/** Rewrites the ledger pages from `results`; answers the pages that changed. */
export function writeLedgerDocs(results: LedgerResults): string[] {
  const written: string[] = [];
  for (const page of LEDGER_PAGES) {
    const before = readFileSync(page.path, 'utf8');
    const after = renderLedgerBlocks(before, results, page.language);
    if (after !== before) {
      writeFileSync(page.path, after);
      written.push(page.path);
    }
  }
  return written;
}
