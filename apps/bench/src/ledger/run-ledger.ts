/**
 * `pnpm --filter @authlab/bench ledger`: measures the revocation-latency ledger against real
 * servers (measure-ledger.ts), writes results/revocation-ledger.json and regenerates the ledger
 * table in docs/attacks-tokens.md (EN and VI). `ledger --docs-only` re-renders the pages from the
 * committed results without measuring.
 */
import { writeFileSync } from 'node:fs';
import { LEDGER_RESULTS_PATH, readLedgerResults, writeLedgerDocs } from './ledger-docs.ts';
import { measureLedger } from './measure-ledger.ts';

const docsOnly = process.argv.includes('--docs-only');
const results = docsOnly ? readLedgerResults() : await measureLedger();
if (!docsOnly) writeFileSync(LEDGER_RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
const written = writeLedgerDocs(results);
console.log(
  written.length === 0 ? 'ledger pages already up to date' : `rewrote:\n${written.join('\n')}`,
);
