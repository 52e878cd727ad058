/**
 * The users databases of a run. Each starts as the bench's own: the schema, and user 42 (John
 * Doe, as in the documents) whose password is the run's BENCH_LOGIN_PASSWORD rather than the
 * published demo password, because the APIs refuse to start in production while a demo account
 * still accepts its published password. Seeding hashes the password with scrypt (slow on purpose),
 * so the first file is made once and the others are byte copies of it.
 */
import { copyFileSync } from 'node:fs';
import { findDemoUser } from '@authlab/users/demo-users';
import { hashPasswordSync } from '@authlab/users/password';
import { openUsersDatabase } from '@authlab/users/users-database';
import { BENCH_LOGIN_PASSWORD } from './log-in.ts';

const BENCH_USER_ID = 42;

/** A users database holding only user 42, with the run's password. Answers its password hash. */
export function createBenchUsersDatabase(path: string): string {
  const { email, name, role } = findDemoUser(BENCH_USER_ID);
  const passwordHash = hashPasswordSync(BENCH_LOGIN_PASSWORD);
  const createdAt = new Date().toISOString();
  const { db, close } = openUsersDatabase({ path, seed: false });
  try {
    db.prepare(
      `INSERT INTO users (id, email, name, role, password_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(BENCH_USER_ID, email, name, role, passwordHash, createdAt, createdAt);
  } finally {
    close();
  }
  return passwordHash;
}

export function prepareUsersDatabases(paths: readonly string[]): void {
  const [template, ...copies] = paths;
  if (template === undefined) return;
  createBenchUsersDatabase(template);
  for (const path of copies) copyFileSync(template, path);
}
