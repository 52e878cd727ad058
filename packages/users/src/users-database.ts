/**
 * Opens the embedded SQLite database both APIs read users from, brings its schema up to date
 * and seeds the demo users.
 *
 * Teaches: one file shared by two processes. WAL mode lets readers work while a writer writes;
 * `busy_timeout` makes a process that finds the file locked wait and retry instead of failing
 * with SQLITE_BUSY, which is what happens when both APIs start together and both migrate.
 *
 * Reference: SQLite "Write-Ahead Logging", "PRAGMA busy_timeout"; better-sqlite3 docs
 * ("Worker threads", "WAL mode").
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { seedDemoUsers } from './demo-users.ts';
import { migrateUsersDatabase } from './migrations.ts';

/** `<users package>/.data/users.sqlite`, wherever the process was started from (gitignored). */
export const DEFAULT_USERS_DATABASE_PATH = fileURLToPath(
  new URL('../.data/users.sqlite', import.meta.url),
);

/** Longer than the slowest start-up write (migrating and seeding three users). */
export const BUSY_TIMEOUT_MILLISECONDS = 10_000;

export interface OpenUsersDatabaseOptions {
  /** A file path, or `':memory:'` for a private database that vanishes on close (tests). */
  path?: string;
  /** Insert the demo users when missing. Default true; idempotent. */
  seed?: boolean;
}

export interface UsersDatabase {
  readonly db: Database.Database;
  close(): void;
}

export function openUsersDatabase(options: OpenUsersDatabaseOptions = {}): UsersDatabase {
  const path = options.path ?? DEFAULT_USERS_DATABASE_PATH;
  const inMemory = path === ':memory:';
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });

  const db = new Database(path, { timeout: BUSY_TIMEOUT_MILLISECONDS });
  try {
    // WAL is a property of the file, so in-memory databases keep their own journal. Keep
    // `synchronous` at its default (FULL): with NORMAL a power cut can lose the last commits,
    // and losing a credential_version bump would bring revoked tokens back to life.
    if (!inMemory) db.pragma('journal_mode = WAL');
    migrateUsersDatabase(db);
    if (options.seed ?? true) seedDemoUsers(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, close: () => db.close() };
}
