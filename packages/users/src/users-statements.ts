/**
 * The SQL behind the users repository, prepared once per database, and the mapping from a
 * row to a `User`.
 *
 * Teaches: every value reaches SQLite as a bound parameter (`@email`), never by string
 * concatenation, so input such as `"; DROP TABLE users; --` is stored as the text it is;
 * `RETURNING` hands back the row an UPDATE changed in the same statement, so there is no
 * window between the write and the read; and `credential_version = credential_version + 1`
 * is computed by the database, so two concurrent bumps both count.
 *
 * Reference: OWASP SQL Injection Prevention Cheat Sheet ("Option 1: Use of Prepared
 * Statements"); SQLite "RETURNING".
 */
import type { Database } from 'better-sqlite3';
import type { Role, User } from './types.ts';

export interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  disabled: 0 | 1;
  credential_version: number;
  created_at: string;
  updated_at: string;
}

/** The one place a row becomes a `User`: the hash stays behind. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabled === 1,
    credentialVersion: row.credential_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

interface NewUserRow {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  now: string;
}

export function createUserStatements(db: Database) {
  return {
    findById: db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?'),
    findByEmail: db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?'),
    listAfter: db.prepare<[number, number], UserRow>(
      'SELECT * FROM users WHERE id > ? ORDER BY id LIMIT ?',
    ),
    count: db.prepare<[], number>('SELECT count(*) FROM users').pluck(),
    insert: db.prepare<[NewUserRow], UserRow>(`
      INSERT INTO users (email, name, role, password_hash, created_at, updated_at)
      VALUES (@email, @name, @role, @passwordHash, @now, @now)
      RETURNING *
    `),
    updatePassword: db.prepare<[{ id: number; passwordHash: string; now: string }], UserRow>(`
      UPDATE users
      SET password_hash = @passwordHash, credential_version = credential_version + 1,
          updated_at = @now
      WHERE id = @id
      RETURNING *
    `),
    updateDisabled: db.prepare<[{ id: number; disabled: 0 | 1; now: string }], UserRow>(`
      UPDATE users
      SET disabled = @disabled, credential_version = credential_version + 1, updated_at = @now
      WHERE id = @id
      RETURNING *
    `),
    bumpVersion: db.prepare<[{ id: number; now: string }], UserRow>(`
      UPDATE users
      SET credential_version = credential_version + 1, updated_at = @now
      WHERE id = @id
      RETURNING *
    `),
    replaceHash: db.prepare<[{ id: number; oldHash: string; upgradedHash: string }]>(`
      UPDATE users SET password_hash = @upgradedHash WHERE id = @id AND password_hash = @oldHash
    `),
  };
}
