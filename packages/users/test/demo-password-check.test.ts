import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findPublishedPasswordAccounts,
  PublishedPasswordError,
  prepareUsersDatabase,
} from '../src/demo-password-check.ts';
import { openUsersDatabase } from '../src/users-database.ts';
import { createUsersRepository } from '../src/users-repository.ts';
import { createTempDirectory } from './helpers/temp-directory.ts';

const KDF_TIMEOUT_MILLISECONDS = 20_000;

function seededDatabasePath(): string {
  const path = join(createTempDirectory(), 'users.sqlite');
  openUsersDatabase({ path }).close();
  return path;
}

describe('prepareUsersDatabase', () => {
  it('never seeds the demo users in production', async () => {
    const path = join(createTempDirectory(), 'users.sqlite');

    const database = await prepareUsersDatabase({ path, production: true });

    expect(createUsersRepository(database).countUsers()).toBe(0);
    database.close();
  });

  it('seeds the demo users in development', async () => {
    const path = join(createTempDirectory(), 'users.sqlite');

    const database = await prepareUsersDatabase({ path, production: false });

    expect(createUsersRepository(database).countUsers()).toBe(3);
    database.close();
  });

  it(
    'refuses a production database where demo accounts keep their published passwords',
    async () => {
      const path = seededDatabasePath();

      const error = await prepareUsersDatabase({ path, production: true }).catch((e) => e);

      expect(error).toBeInstanceOf(PublishedPasswordError);
      expect((error as PublishedPasswordError).accounts.map((account) => account.id)).toEqual([
        42, 43, 44,
      ]);
      expect((error as Error).message).toContain('pnpm users:create');
    },
    KDF_TIMEOUT_MILLISECONDS,
  );
});

describe('findPublishedPasswordAccounts', () => {
  it(
    'accepts a demo email whose password was changed',
    async () => {
      const database = openUsersDatabase({ path: seededDatabasePath() });
      const users = createUsersRepository(database);
      await users.changePassword(42, 'an operator chose this one');
      database.db.prepare('DELETE FROM users WHERE id IN (43, 44)').run();

      expect(await findPublishedPasswordAccounts(database)).toEqual([]);
      database.close();
    },
    KDF_TIMEOUT_MILLISECONDS,
  );

  it(
    'finds a published password under a demo email with another id',
    async () => {
      const database = openUsersDatabase({
        path: join(createTempDirectory(), 'u.sqlite'),
        seed: false,
      });
      const users = createUsersRepository(database);
      const copy = await users.createUser({
        email: 'jane@example.com',
        name: 'Jane again',
        role: 'admin',
        password: 'jane-demo-pass',
      });

      expect(await findPublishedPasswordAccounts(database)).toEqual([
        { id: copy.id, email: 'jane@example.com' },
      ]);
      database.close();
    },
    KDF_TIMEOUT_MILLISECONDS,
  );
});
