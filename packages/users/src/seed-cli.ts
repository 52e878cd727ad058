/**
 * `pnpm --filter @authlab/users seed [--path <file>]`: creates the users database if needed,
 * migrates it, seeds the demo users and lists who is in it. Safe to run at any time, and
 * while the APIs are running: every step is idempotent. Refused with NODE_ENV=production: the demo
 * passwords are public (demo-password-check.ts).
 *
 * Reference: see users-database.ts and demo-users.ts.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_USERS_DATABASE_PATH, openUsersDatabase } from './users-database.ts';
import { createUsersRepository, toPublicUser } from './users-repository.ts';

const { values } = parseArgs({ options: { path: { type: 'string' } } });
const path = values.path ?? DEFAULT_USERS_DATABASE_PATH;

if (process.env.NODE_ENV === 'production') {
  console.error(
    'seed: refusing to seed demo users with NODE_ENV=production; use `pnpm users:create`.',
  );
  process.exit(1);
}
const database = openUsersDatabase({ path });
try {
  const users = createUsersRepository(database);
  console.log(`Users database ready at ${path} (${users.countUsers()} users). The first ones:`);
  console.table(users.listUsersPage(0, 10).users.map(toPublicUser));
} finally {
  database.close();
}
