/**
 * The operator's tool for the users database, for production as much as development:
 *
 *   pnpm users:create --email ada@example.org --name "Ada" [--role admin] [--path FILE]
 *       creates an account; the password is read from standard input (hidden on a terminal,
 *       or the first line of a pipe) and never printed or logged;
 *   pnpm users:remove-demo [--path FILE]
 *       deletes the demo accounts that still accept their published password.
 *
 * The database is `--path`, else USERS_DB_PATH, else the development default. This is how the
 * first administrator of a production deployment is made: production never seeds demo users.
 *
 * Reference: OWASP ASVS 4.0 V2.1.7 (no published credentials); OWASP Secrets Management Cheat
 * Sheet; demo-password-check.ts.
 */
import { parseArgs } from 'node:util';
import { findPublishedPasswordAccounts } from './demo-password-check.ts';
import { UsersError } from './errors.ts';
import { readSecret } from './read-secret.ts';
import { roleSchema } from './schemas.ts';
import { DEFAULT_USERS_DATABASE_PATH, openUsersDatabase } from './users-database.ts';
import { createUsersRepository, toPublicUser } from './users-repository.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    path: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'admin' },
  },
});
const path = values.path ?? process.env.USERS_DB_PATH ?? DEFAULT_USERS_DATABASE_PATH;

async function createAccount(): Promise<void> {
  const role = roleSchema.safeParse(values.role);
  if (values.email === undefined || values.name === undefined || !role.success) {
    throw new Error(
      'usage: users:create --email EMAIL --name NAME [--role admin|user] [--path FILE]',
    );
  }
  const password = await readSecret(`Password for ${values.email} (not shown): `);
  const database = openUsersDatabase({ path, seed: false });
  try {
    const user = await createUsersRepository(database).createUser({
      email: values.email,
      name: values.name,
      role: role.data,
      password,
    });
    console.log(`Created in ${path}:`, JSON.stringify(toPublicUser(user)));
  } finally {
    database.close();
  }
}

/** Removes exactly the accounts the production check refuses: demo accounts that still accept
 * their published password. A demo email whose password was changed is the operator's own. */
async function removeDemoAccounts(): Promise<void> {
  const database = openUsersDatabase({ path, seed: false });
  try {
    const accounts = await findPublishedPasswordAccounts(database);
    const remove = database.db.prepare('DELETE FROM users WHERE id = ?');
    for (const account of accounts) remove.run(account.id);
    const list = accounts.map((account) => account.email).join(', ') || 'none';
    console.log(`Removed ${accounts.length} demo account(s) from ${path}: ${list}.`);
  } finally {
    database.close();
  }
}

try {
  if (positionals[0] === 'create') await createAccount();
  else if (positionals[0] === 'remove-demo') await removeDemoAccounts();
  else throw new Error('usage: users-cli create|remove-demo [options]');
} catch (error) {
  // UsersError messages name fields, never values; nothing here can contain the password.
  const code = error instanceof UsersError ? ` (${error.code})` : '';
  console.error(`users-cli: ${(error as Error).message}${code}`);
  process.exitCode = 1;
}
