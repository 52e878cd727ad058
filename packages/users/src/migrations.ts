/**
 * The users schema, as forward-only numbered migrations recorded in `schema_migrations`.
 *
 * Teaches: a schema that enforces its own rules (CHECK constraints, a unique normalised email,
 * STRICT column types) so a bug in application code cannot store a role called "root"; and a
 * migration runner that is safe when two processes start at the same moment (both APIs open
 * the same file): it takes SQLite's write lock first (`BEGIN IMMEDIATE`), then looks at what
 * is already applied, so the second process waits and then finds nothing left to do.
 *
 * Never edit a migration that has shipped; append a new one.
 *
 * Reference: SQLite "STRICT Tables", "CREATE TABLE … AUTOINCREMENT", "BEGIN IMMEDIATE";
 * OWASP ASVS 4.0 V2.4 (credential storage).
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'create-users',
    // AUTOINCREMENT: ids are never reused. A deleted user's id handed to a new account would
    // otherwise make the old account's JWTs (`sub`, `ver`) and sessions match the new one.
    // The email CHECK repeats what the application normalises, as a last line of defence
    // (SQLite's lower() folds ASCII only, which is where mixed case usually comes from). No
    // COLLATE NOCASE: it would make that CHECK compare case-insensitively and pass anything.
    sql: `
      CREATE TABLE users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        email TEXT NOT NULL UNIQUE
          CHECK (email = trim(email) AND email = lower(email) AND length(email) BETWEEN 3 AND 254),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        role TEXT NOT NULL CHECK (role IN ('admin', 'user')),
        password_hash TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        credential_version INTEGER NOT NULL DEFAULT 1 CHECK (credential_version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `,
  },
];

interface AppliedMigration {
  version: number;
}

/** Applies every migration the database lacks; returns the versions applied by this call. */
export function migrateUsersDatabase(db: Database, migrations = MIGRATIONS): number[] {
  const migrate = db.transaction(() => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT;
    `);
    const applied = new Set(
      db
        .prepare<[], AppliedMigration>('SELECT version FROM schema_migrations')
        .all()
        .map((row) => row.version),
    );
    const newest = Math.max(0, ...migrations.map((migration) => migration.version));
    const unknown = [...applied].filter((version) => version > newest);
    if (unknown.length > 0) {
      throw new Error(
        `The users database has schema version ${Math.max(...unknown)}, newer than this code knows (${newest}). Refusing to run against it.`,
      );
    }
    const record = db.prepare(
      'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    );
    const pending = migrations
      .filter((migration) => !applied.has(migration.version))
      .toSorted((a, b) => a.version - b.version);
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    return pending.map((migration) => migration.version);
  });
  return migrate.immediate();
}
