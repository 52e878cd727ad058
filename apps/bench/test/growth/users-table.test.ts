import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openUsersDatabase } from '@authlab/users/users-database';
import { createUsersRepository } from '@authlab/users/users-repository';
import { afterAll, describe, expect, it } from 'vitest';
import { createUsersDatabaseOfSize } from '../../src/growth/users-table.ts';
import { BENCH_LOGIN_PASSWORD } from '../../src/log-in.ts';

const directory = mkdtempSync(join(tmpdir(), 'bench-users-table-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('createUsersDatabaseOfSize', () => {
  const path = join(directory, 'users.sqlite');
  createUsersDatabaseOfSize(path, 500);
  const database = openUsersDatabase({ path, seed: false });
  afterAll(() => database.close());

  it('holds exactly the number of users asked for, the bench user included', () => {
    const { n } = database.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number };
    expect(n).toBe(500);
  });

  it("gives the synthetic users the bench user's password, so a login against any works", async () => {
    const users = createUsersRepository(database);
    const user = await users.verifyCredentials('bench-user-499@example.com', BENCH_LOGIN_PASSWORD);
    expect(user?.email).toBe('bench-user-499@example.com');
  });
});
