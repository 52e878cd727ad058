import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openUsersDatabase } from '../src/users-database.ts';
import { createTempDirectory } from './helpers/temp-directory.ts';

const run = promisify(execFile);
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const SEED_CLI = fileURLToPath(new URL('../src/seed-cli.ts', import.meta.url));
const CHILD_PROCESSES_TIMEOUT_MILLISECONDS = 30_000;

describe('seed-cli', () => {
  it(
    'migrates and seeds once when two processes start on a new file at the same time',
    async () => {
      const path = join(createTempDirectory(), 'users.sqlite');
      const outputs = await Promise.all([
        run(TSX, [SEED_CLI, '--path', path]),
        run(TSX, [SEED_CLI, '--path', path]),
      ]);
      for (const { stdout } of outputs) expect(stdout).toContain('(3 users)');

      const database = openUsersDatabase({ path, seed: false });
      expect(database.db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([
        1,
      ]);
      expect(database.db.prepare('SELECT id FROM users ORDER BY id').pluck().all()).toEqual([
        42, 43, 44,
      ]);
      database.close();
    },
    CHILD_PROCESSES_TIMEOUT_MILLISECONDS,
  );

  it(
    'refuses to seed demo users with NODE_ENV=production',
    async () => {
      const path = join(createTempDirectory(), 'users.sqlite');

      const failure = await run(TSX, [SEED_CLI, '--path', path], {
        env: { ...process.env, NODE_ENV: 'production' },
      }).catch((error: { code: number; stderr: string }) => error);

      expect(failure).toMatchObject({ code: 1 });
      expect((failure as { stderr: string }).stderr).toContain('pnpm users:create');
    },
    CHILD_PROCESSES_TIMEOUT_MILLISECONDS,
  );
});
