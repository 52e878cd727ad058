/**
 * `pnpm --filter @authlab/users seed [--path <file>]`: creates the users database if needed,
 * migrates it, seeds the demo users and lists who is in it. Safe to run at any time, and
 * while the APIs are running: every step is idempotent.
 *
 * Reference: see users-database.ts and demo-users.ts.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_USERS_DATABASE_PATH, openUsersDatabase } from './users-database.ts';
import { createUsersRepository, toPublicUser } from './users-repository.ts';

const { values } = parseArgs({ options: { path: { type: 'string' } } });
const path = values.path ?? DEFAULT_USERS_DATABASE_PATH;

const database = openUsersDatabase({ path });
try {
  const users = createUsersRepository(database).listUsers();
  console.log(`Users database ready at ${path} (${users.length} users):`);
  console.table(users.map(toPublicUser));
} finally {
  database.close();
}
