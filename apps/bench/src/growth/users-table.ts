/**
 * Users databases of a given size for the "authenticated request against users-table size"
 * measurement: the demo users plus synthetic ones (`bench-user-N@example.com`), all sharing the
 * demo user's password hash so that seeding 100 000 rows takes a second, not 100 000 scrypt runs.
 * The rows go in through the users package's own database (its schema, its migrations), in one
 * transaction.
 */
import { openUsersDatabase } from '@authlab/users/users-database';

const DEMO_USER_ID = 42;

export function createUsersDatabaseOfSize(path: string, users: number): void {
  const { db, close } = openUsersDatabase({ path });
  try {
    const demo = db
      .prepare('SELECT password_hash, created_at FROM users WHERE id = ?')
      .get(DEMO_USER_ID) as { password_hash: string; created_at: string };
    const existing = (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
    const insert = db.prepare(
      `INSERT INTO users (email, name, role, password_hash, created_at, updated_at)
       VALUES (?, ?, 'user', ?, ?, ?)`,
    );
    db.transaction(() => {
      for (let index = existing; index < users; index += 1) {
        insert.run(
          `bench-user-${index}@example.com`,
          `Bench User ${index}`,
          demo.password_hash,
          demo.created_at,
          demo.created_at,
        );
      }
    })();
  } finally {
    close();
  }
}
