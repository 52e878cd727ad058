/**
 * `pnpm --filter @authlab/bench builds -- --before <git revision>`: what a change to the APIs cost,
 * in server CPU per authenticated `GET /me`, measured the way `pnpm bench` measures (wrk, /proc CPU
 * time, every run paired with the Koa floor measured right before it).
 *
 * Teaches: "the price of idiomatic code" is a measurement, not an opinion. The revision given is
 * checked out into a temporary git worktree (its dependencies installed from the pnpm store), and
 * both builds' session-api and jwt-api (memory stores, HS256) run side by side in the same
 * interleaved rounds, so drift of the machine (throttling, other work) falls on both alike.
 * Nothing is written to the committed results: the table is printed, for a closing note or a
 * review.
 *
 * Options: `--rounds N` (default 5), `--seconds S` per run (default 2).
 * Reference: docs/performance.md, "How it is measured"; ../shared/notes/performance-baseline.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FULL_SETTINGS } from './bench-modes.ts';
import { createEntry, type Entry, logInAndWarmUp, start } from './configuration-steps.ts';
import {
  apiServer,
  type ConfigurationEntry,
  generateSecrets,
  ownEntry,
  ownServer,
} from './configurations.ts';
import { measurePairs } from './measure-pairs.ts';
import { REPOSITORY_ROOT } from './paths.ts';
import { summarizeConfiguration } from './results.ts';
import { prepareUsersDatabases } from './users-databases.ts';

const { values } = parseArgs({
  // `pnpm … builds -- --before x` hands the script a literal `--`: not an end of options here.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    before: { type: 'string' },
    rounds: { type: 'string', default: String(FULL_SETTINGS.rounds) },
    seconds: { type: 'string', default: String(FULL_SETTINGS.durationSeconds) },
  },
});
if (values.before === undefined) {
  console.error('usage: pnpm --filter @authlab/bench builds -- --before <git revision>');
  process.exit(2);
}
const settings = {
  ...FULL_SETTINGS,
  rounds: Number(values.rounds),
  durationSeconds: Number(values.seconds),
};
const log = (line: string) => console.log(line);

/** pnpm sets npm_execpath to its own entry when it runs a script; plain `pnpm` otherwise. */
function installDependencies(tree: string): void {
  const execPath = process.env.npm_execpath;
  const [command, args] = execPath === undefined ? ['pnpm', []] : [process.execPath, [execPath]];
  execFileSync(command, [...args, 'install', '--frozen-lockfile', '--prefer-offline'], {
    cwd: tree,
    stdio: 'ignore',
  });
}

function buildEntries(beforeTree: string): ConfigurationEntry[] {
  const entries = [
    ownEntry('koa', 'floor', 'none', 'koa-bare', 'Koa bare route', ownServer('bare-server.ts')),
  ];
  for (const kind of ['session', 'jwt'] as const) {
    const credential = kind === 'session' ? 'cookie' : 'bearer';
    const current = apiServer(kind, 'memory');
    entries.push({
      ...ownEntry('koa', 'auth', credential, `${kind}-after`, `${kind}-api, HEAD`, current),
      authlab: true,
    });
    entries.push({
      ...ownEntry(
        'koa',
        'auth',
        credential,
        `${kind}-before`,
        `${kind}-api, ${values.before}`,
        (c, s, id) => {
          const spec = current(c, s, id);
          return { ...spec, cwd: join(beforeTree, 'apps', `${kind}-api`) };
        },
      ),
      authlab: true,
    });
  }
  return entries;
}

const beforeTree = mkdtempSync(join(tmpdir(), 'authlab-before-'));
const dataDir = mkdtempSync(join(tmpdir(), 'authlab-builds-'));
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: REPOSITORY_ROOT, stdio: 'ignore' });
let entries: Entry[] = [];
const cleanUp = async () => {
  await Promise.all(entries.map((entry) => entry.server?.stop()));
  git('worktree', 'remove', '--force', beforeTree);
  rmSync(dataDir, { recursive: true, force: true });
};
// Ctrl-C skips `finally`: without this, an interrupted run would leave a worktree registered.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}
try {
  git('worktree', 'add', '--detach', beforeTree, values.before);
  log(`${values.before} checked out in ${beforeTree}; installing its dependencies…`);
  installDependencies(beforeTree);
  const context = { redisUrl: null, dataDir, runId: 'builds', unpatchedKoaJwtDir: null };
  const secrets = generateSecrets();
  entries = buildEntries(beforeTree).map(({ start: startServer, ...rest }) =>
    createEntry({ ...rest, usesRedis: false, server: startServer(context, secrets, rest.id) }),
  );
  prepareUsersDatabases(
    entries.flatMap((entry) => entry.configuration.server.env.USERS_DB_PATH ?? []),
  );
  await Promise.all(entries.map((entry) => start(entry, log)));
  for (const entry of entries) await logInAndWarmUp(entry, settings, log);
  await measurePairs(entries, settings, log);
} finally {
  await cleanUp();
}

const rows = entries
  .filter((entry) => entry.configuration.role === 'auth')
  .map(({ configuration, status, reason, samples, pairs }) =>
    summarizeConfiguration({ ...configuration, status, reason, credential: null, samples, pairs }),
  );
console.log(
  `\n${settings.rounds} interleaved rounds of ${settings.durationSeconds} s, wrk with ${settings.connections} connections\n`,
);
console.log(
  '| build | CPU µs / request over the Koa floor: median (range) | least-disturbed pair |',
);
console.log('| --- | ---: | ---: |');
for (const row of rows) {
  if (row.paired === null) {
    console.log(`| ${row.label} | ${row.status}: ${row.reason} | — |`);
    continue;
  }
  const { median, min, max } = row.paired.overheadMicroseconds;
  const pair = row.paired.leastDisturbed;
  const leastOver = (pair.cpuPerRequest - pair.floorCpuPerRequest).toFixed(1);
  console.log(
    `| ${row.label} | ${median.toFixed(1)} (${min.toFixed(1)} to ${max.toFixed(1)}) | ${leastOver} |`,
  );
}
