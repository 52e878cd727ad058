import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateUsersDatabase } from '../src/migrations.ts';
import { openUsersDatabase, type UsersDatabase } from '../src/users-database.ts';

const VALID_HASH = `scrypt$ln=15,r=8,p=3$${'A'.repeat(22)}$${'A'.repeat(43)}`;

function insertUser(db: Database, values: { id?: number; email?: string; role?: string }) {
  return db
    .prepare(
      `INSERT INTO users (id, email, name, role, password_hash, created_at, updated_at)
       VALUES (@id, @email, 'Test', @role, @hash, 'now', 'now')`,
    )
    .run({ id: null, email: 'test@example.com', role: 'user', hash: VALID_HASH, ...values });
}

describe('migrateUsersDatabase', () => {
  let database: UsersDatabase;
  beforeEach(() => {
    database = openUsersDatabase({ path: ':memory:', seed: false });
  });
  afterEach(() => database.close());

  it('records every migration once in schema_migrations', () => {
    const versions = database.db.prepare('SELECT version FROM schema_migrations').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((migration) => migration.version));
  });

  it('applies nothing when run again', () => {
    expect(migrateUsersDatabase(database.db)).toEqual([]);
    expect(database.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(
      MIGRATIONS.length,
    );
  });

  it('refuses a database migrated by newer code', () => {
    database.db
      .prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'x', 'now')")
      .run();
    expect(() => migrateUsersDatabase(database.db)).toThrow(/schema version 999/);
  });

  it('rejects a role outside admin and user at the database level', () => {
    expect(() => insertUser(database.db, { role: 'root' })).toThrow(/CHECK constraint/);
  });

  it('rejects an email that was not normalised at the database level', () => {
    expect(() => insertUser(database.db, { email: 'John@example.com' })).toThrow(/CHECK/);
    expect(() => insertUser(database.db, { email: ' john@example.com' })).toThrow(/CHECK/);
  });

  it('never reuses the id of a deleted user', () => {
    const first = insertUser(database.db, {}).lastInsertRowid;
    database.db.prepare('DELETE FROM users WHERE id = ?').run(first);
    const second = insertUser(database.db, {}).lastInsertRowid;
    expect(second).toBeGreaterThan(Number(first));
  });
});
