import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openUsersDatabase } from '../src/users-database.ts';
import { createUsersRepository } from '../src/users-repository.ts';
import { createTempDirectory } from './helpers/temp-directory.ts';

const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const USERS_CLI = fileURLToPath(new URL('../src/users-cli.ts', import.meta.url));
const CHILD_PROCESS_TIMEOUT_MILLISECONDS = 30_000;
const PASSWORD = 'correct horse battery staple 42';

interface CliResult {
  code: number;
  output: string;
}

/** Runs the CLI with `stdin` piped in, as `printf … | pnpm users:create …` would. */
function runCli(args: string[], stdin = ''): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(TSX, [USERS_CLI, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
    child.stdin?.end(stdin);
  });
}

describe('users-cli create', () => {
  it(
    'creates an administrator with the password read from standard input, never printed',
    async () => {
      const path = join(createTempDirectory(), 'users.sqlite');
      const args = ['create', '--email', 'ada@example.org', '--name', 'Ada', '--path', path];

      const { code, output } = await runCli(args, `${PASSWORD}\n`);

      expect(code).toBe(0);
      expect(output).not.toContain(PASSWORD);
      const database = openUsersDatabase({ path, seed: false });
      const user = await createUsersRepository(database).verifyCredentials(
        'ada@example.org',
        PASSWORD,
      );
      expect(user).toMatchObject({ email: 'ada@example.org', role: 'admin' });
      database.close();
    },
    CHILD_PROCESS_TIMEOUT_MILLISECONDS,
  );

  it(
    'refuses a password that breaks the policy, naming the field only',
    async () => {
      const path = join(createTempDirectory(), 'users.sqlite');
      const args = ['create', '--email', 'ada@example.org', '--name', 'Ada', '--path', path];

      const { code, output } = await runCli(args, 'short\n');

      expect(code).toBe(1);
      expect(output).toContain('(invalid_input)');
      expect(output).not.toContain('short\n');
    },
    CHILD_PROCESS_TIMEOUT_MILLISECONDS,
  );
});

describe('users-cli remove-demo', () => {
  it(
    'removes the demo accounts that still accept their published passwords',
    async () => {
      const path = join(createTempDirectory(), 'users.sqlite');
      openUsersDatabase({ path }).close();

      const { code, output } = await runCli(['remove-demo', '--path', path]);

      expect(code).toBe(0);
      expect(output).toContain('Removed 3 demo account(s)');
      const database = openUsersDatabase({ path, seed: false });
      expect(createUsersRepository(database).countUsers()).toBe(0);
      database.close();
    },
    CHILD_PROCESS_TIMEOUT_MILLISECONDS,
  );
});
