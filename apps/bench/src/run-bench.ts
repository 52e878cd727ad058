/**
 * `pnpm bench` (full) and `pnpm bench:smoke`: run the benchmark, print the CPU table with the
 * peers and the pass/fail lines, write the result. A full run then re-renders the docs' generated
 * blocks and charts from it. Exits 1 when any configuration, growth part or micro operation
 * failed, so that a broken benchmark never passes silently.
 *
 *   tsx src/run-bench.ts            full run → results/latest.json + docs (blocks and charts)
 *   tsx src/run-bench.ts --smoke    short run → $TMPDIR/authlab-bench-smoke.json only
 */
import {
  chooseRedis,
  FULL_SETTINGS,
  SMOKE_RESULTS_PATH,
  SMOKE_SETTINGS,
  writeResultFile,
} from './bench-modes.ts';
import { LATEST_RESULTS_PATH } from './paths.ts';
import { writeDocs } from './render-docs.ts';
import { renderMicroTable } from './render-micro.ts';
import { renderCpuTable, renderTargets } from './render-tables.ts';
import { runBench } from './run-suite.ts';

const smoke = process.argv.includes('--smoke');
const redis = await chooseRedis(process.env);
if (redis.url === null) console.log(`Redis configurations will be skipped: ${redis.note}`);

const result = await runBench({
  settings: smoke ? SMOKE_SETTINGS : FULL_SETTINGS,
  redisUrl: redis.url,
  redisNote: redis.note,
  command: smoke ? 'pnpm bench:smoke' : 'pnpm bench',
  log: (line) => console.log(line),
});

console.log(
  `\n${[renderCpuTable(result), renderTargets(result), renderMicroTable(result)].join('\n\n')}\n`,
);
if (smoke) {
  writeResultFile(SMOKE_RESULTS_PATH, result);
  console.log(`smoke results: ${SMOKE_RESULTS_PATH} (committed results and docs left alone)`);
} else {
  writeResultFile(LATEST_RESULTS_PATH, result);
  const written = writeDocs(result);
  console.log(`results: ${LATEST_RESULTS_PATH}\ndocs rewritten: ${written.length} file(s)`);
}
if (result.problems.length > 0) {
  console.error(`\n!!! ${result.problems.length} part(s) did not measure cleanly:`);
  for (const problem of result.problems) console.error(`!!! ${problem}`);
  process.exitCode = 1;
}
