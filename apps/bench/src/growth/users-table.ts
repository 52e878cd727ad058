/**
 * Users databases of a given size for the "authenticated request against users-table size"
 * measurement: the bench's user 42 (users-databases.ts) plus synthetic users
 * (`bench-user-N@example.com`), all sharing user 42's password hash so that seeding 100 000 rows
 * takes a second, not 100 000 scrypt runs. The rows go in through the users package's own database
 * (its schema, its migrations), in one transaction.
 */
import { openUsersDatabase } from '@authlab/users/users-database';
import { createBenchUsersDatabase } from '../users-databases.ts';

export function createUsersDatabaseOfSize(path: string, users: number): void {
  const passwordHash = createBenchUsersDatabase(path);
  const { db, close } = openUsersDatabase({ path, seed: false });
  try {
    const createdAt = new Date().toISOString();
    const insert = db.prepare(
      `INSERT INTO users (email, name, role, password_hash, created_at, updated_at)
       VALUES (?, ?, 'user', ?, ?, ?)`,
    );
    db.transaction(() => {
      for (let index = 1; index < users; index += 1) {
        insert.run(
          `bench-user-${index}@example.com`,
          `Bench User ${index}`,
          passwordHash,
          createdAt,
          createdAt,
        );
      }
    })();
  } finally {
    close();
  }
}
