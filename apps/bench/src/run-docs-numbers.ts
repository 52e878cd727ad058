/**
 * `pnpm run docs:numbers`: re-renders every generated block of `docs/**\/*.md` and the growth
 * charts from the COMMITTED results file (results/latest.json), without measuring anything. Use it
 * after editing a page's prose around a block, or after adding a block.
 */
import { readFileSync } from 'node:fs';
import { LATEST_RESULTS_PATH } from './paths.ts';
import { writeDocs } from './render-docs.ts';
import type { BenchResult } from './results.ts';

const result = JSON.parse(readFileSync(LATEST_RESULTS_PATH, 'utf8')) as BenchResult;
const written = writeDocs(result);
console.log(written.length === 0 ? 'docs already up to date' : `rewrote:\n${written.join('\n')}`);
