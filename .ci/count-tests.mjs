// Sums the vitest summaries in a turbo log into one line: "N passed, N failed[, N skipped]".
// Usage: node .ci/count-tests.mjs <log file> <exit status of the test command>
// Exits non-zero when the test command failed or any test failed, so a red run never lands.
import { readFileSync } from 'node:fs';

const [logPath, statusText = '1'] = process.argv.slice(2);
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');
const text = readFileSync(logPath, 'utf8').replace(ansi, '');

const totals = { passed: 0, failed: 0, skipped: 0 };
let runs = 0;
// vitest: " Tests  2 failed | 40 passed | 3 skipped (45)" (turbo prefixes "<pkg>:<task>: ").
for (const match of text.matchAll(/\bTests\s{2,}([^\n(]+)\(\d+\)/g)) {
  runs += 1;
  for (const part of match[1].split('|')) {
    const [, count, kind] = part.trim().match(/^(\d+)\s+(\w+)/) ?? [];
    if (kind === 'passed') totals.passed += Number(count);
    else if (kind === 'failed') totals.failed += Number(count);
    else if (kind === 'skipped' || kind === 'todo') totals.skipped += Number(count);
  }
}

// The failing tests and their first error line, printed just above the summary: a CI log is often
// kept only by its tail, and the names would otherwise be hundreds of lines up.
const lines = text.split('\n');
const failures = [];
for (const [index, line] of lines.entries()) {
  const failing = line.match(/^(?:([\w@/.-]+:[\w:-]+): )?\s*FAIL\s+(.+)$/);
  if (failing === null) continue;
  const [, task = '', name] = failing;
  const prefix = task === '' ? '' : `${task}: `;
  const detail = lines
    .slice(index + 1, index + 6)
    .map((next) => (next.startsWith(prefix) ? next.slice(prefix.length) : next).trim())
    .find((next) => /Error|expected|Timeout|×/.test(next));
  const entry = `  ${task} ${name.trim()}${detail === undefined ? '' : `\n      ${detail}`}`;
  if (!failures.includes(entry)) failures.push(entry);
}
const MAX_FAILURES_SHOWN = 20;
if (failures.length > 0) {
  console.log(`failing tests (${failures.length}):`);
  console.log(failures.slice(0, MAX_FAILURES_SHOWN).join('\n'));
}
const failedTasks = text.match(/^\s*Failed:\s+(.+)$/m);
if (failedTasks !== null) console.log(`failed turbo tasks: ${failedTasks[1].trim()}`);

const status = Number(statusText);
if (runs === 0) console.error('no test summary found in the log');
if (status !== 0) console.error(`the test command exited with status ${status}`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(status === 0 && totals.failed === 0 && runs > 0 ? 0 : 1);
