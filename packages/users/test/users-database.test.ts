import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_USERS_DATABASE_PATH,
  openUsersDatabase,
  type UsersDatabase,
} from '../src/users-database.ts';
import { createUsersRepository, toPublicUser } from '../src/users-repository.ts';
import { createTempDirectory } from './helpers/temp-directory.ts';

describe('openUsersDatabase', () => {
  let database: UsersDatabase;
  beforeAll(() => {
    database = openUsersDatabase({ path: ':memory:' });
  });
  afterAll(() => database.close());

  it('seeds the three demo users with their fixed ids, roles and states', () => {
    expect(createUsersRepository(database).listUsersPage(0, 100).users.map(toPublicUser)).toEqual([
      { id: 42, email: 'john@example.com', name: 'John Doe', role: 'admin', disabled: false },
      { id: 43, email: 'jane@example.com', name: 'Jane Roe', role: 'user', disabled: false },
      { id: 44, email: 'sam@example.com', name: 'Sam Smith', role: 'user', disabled: true },
    ]);
  });

  it('gives the next created user an id after the demo users', () => {
    const nextId = database.db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'users'");
    expect(nextId.pluck().get()).toBe(44);
  });

  it('leaves the users table empty with seed: false', () => {
    const empty = openUsersDatabase({ path: ':memory:', seed: false });
    expect(createUsersRepository(empty).countUsers()).toBe(0);
    empty.close();
  });

  it('defaults to .data/users.sqlite inside the users package', () => {
    expect(DEFAULT_USERS_DATABASE_PATH).toMatch(/packages[/\\]users[/\\]\.data[/\\]users\.sqlite$/);
  });
});

describe('openUsersDatabase on a file', () => {
  it('creates missing folders and switches the file to WAL mode', () => {
    const path = join(createTempDirectory(), 'nested', 'users.sqlite');
    const database = openUsersDatabase({ path });
    expect(database.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    database.close();
  });

  it('migrates and seeds once when two connections open the same file', () => {
    const path = join(createTempDirectory(), 'users.sqlite');
    const first = openUsersDatabase({ path });
    const second = openUsersDatabase({ path });
    const snapshot = (database: UsersDatabase) => ({
      migrations: database.db.prepare('SELECT * FROM schema_migrations').all(),
      users: database.db.prepare('SELECT * FROM users ORDER BY id').all(),
    });
    const before = snapshot(first);
    expect(before.migrations).toHaveLength(1);
    expect(before.users).toHaveLength(3);

    const third = openUsersDatabase({ path });
    expect(snapshot(third)).toEqual(before);
    expect(snapshot(second)).toEqual(before);
    for (const database of [first, second, third]) database.close();
  });
});
