/**
 * `pnpm bench` (full) and `pnpm bench:smoke`: run the benchmark, print the tables, write the
 * result. Exits 1 when any configuration failed or got non-2xx answers, or a micro operation
 * failed, so that a broken benchmark never passes silently.
 *
 *   tsx src/run-bench.ts            full run → results/latest.json + docs/performance.md
 *   tsx src/run-bench.ts --smoke    short run → $TMPDIR/authlab-bench-smoke.json only
 */
import {
  chooseRedis,
  FULL_SETTINGS,
  SMOKE_RESULTS_PATH,
  SMOKE_SETTINGS,
  updatePerformancePage,
  writeResultFile,
} from './bench-modes.ts';
import { LATEST_RESULTS_PATH, PERFORMANCE_DOC_PATH } from './paths.ts';
import { renderLoginAndBytesTables, renderRequestTable } from './render-markdown.ts';
import { renderMicroTable } from './render-micro.ts';
import { runBench } from './run-suite.ts';

const smoke = process.argv.includes('--smoke');
const settings = smoke ? SMOKE_SETTINGS : FULL_SETTINGS;
const redis = await chooseRedis(process.env);
if (redis.url === null) console.log(`Redis configurations will be skipped: ${redis.note}`);

const result = await runBench({
  settings,
  redisUrl: redis.url,
  redisNote: redis.note,
  command: smoke ? 'pnpm bench:smoke' : 'pnpm bench',
  log: (line) => console.log(line),
});

const tables = [
  renderRequestTable(result),
  renderLoginAndBytesTables(result),
  renderMicroTable(result),
];
console.log(`\n${tables.join('\n\n')}\n`);
if (smoke) {
  writeResultFile(SMOKE_RESULTS_PATH, result);
  console.log(`smoke results: ${SMOKE_RESULTS_PATH} (committed results and docs left alone)`);
} else {
  writeResultFile(LATEST_RESULTS_PATH, result);
  updatePerformancePage(PERFORMANCE_DOC_PATH, result);
  console.log(`results: ${LATEST_RESULTS_PATH}\ntables updated in ${PERFORMANCE_DOC_PATH}`);
}
if (result.problems.length > 0) {
  console.error(`\n!!! ${result.problems.length} configuration(s) did not measure cleanly:`);
  for (const problem of result.problems) console.error(`!!! ${problem}`);
  process.exitCode = 1;
}
