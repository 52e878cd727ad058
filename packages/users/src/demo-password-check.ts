/**
 * Production never runs with the demo accounts: their passwords are published in the README.
 *
 * Teaches: a development fixture must not be able to reach production by accident. The servers
 * never seed demo users when NODE_ENV=production, and before they listen they check the database
 * they were given: if one of the demo accounts (matched by its fixed id or its email) still has
 * its published password, the server refuses to start and says how to fix it. Checking by
 * verifying the password — not by the row's existence — lets an operator keep an account that
 * happens to use a demo email once its password has been changed.
 *
 * Cost: one scrypt verification per demo row present (at most three, run in parallel on the
 * libuv pool), whatever the size of the users table.
 *
 * Reference: OWASP ASVS 4.0 V2.1.7 / V14.1 (no default or published credentials in production);
 * CWE-798 (use of hard-coded credentials); OWASP Authentication Cheat Sheet.
 */
import { DEMO_USERS } from './demo-users.ts';
import { verifyPassword } from './password.ts';
import {
  type OpenUsersDatabaseOptions,
  openUsersDatabase,
  type UsersDatabase,
} from './users-database.ts';
import type { UserRow } from './users-statements.ts';

export interface PublishedPasswordAccount {
  readonly id: number;
  readonly email: string;
}

/** The demo accounts in `database` that still accept their published password. */
export async function findPublishedPasswordAccounts(
  database: UsersDatabase,
): Promise<PublishedPasswordAccount[]> {
  const ids = DEMO_USERS.map((user) => user.id);
  const emails = DEMO_USERS.map((user) => user.email);
  const marks = (count: number) => Array.from({ length: count }, () => '?').join(', ');
  const rows = database.db
    .prepare<(number | string)[], Pick<UserRow, 'id' | 'email' | 'password_hash'>>(
      `SELECT id, email, password_hash FROM users
       WHERE id IN (${marks(ids.length)}) OR email IN (${marks(emails.length)})`,
    )
    .all(...ids, ...emails);
  const checks = rows.flatMap((row) =>
    DEMO_USERS.filter((demo) => demo.id === row.id || demo.email === row.email).map(async (demo) =>
      (await verifyPassword(demo.password, row.password_hash)).matches ? row : null,
    ),
  );
  const matches = (await Promise.all(checks)).filter((row) => row !== null);
  return [...new Map(matches.map((row) => [row.id, { id: row.id, email: row.email }])).values()];
}

export class PublishedPasswordError extends Error {
  readonly accounts: readonly PublishedPasswordAccount[];

  constructor(path: string, accounts: readonly PublishedPasswordAccount[]) {
    const list = accounts.map((account) => `${account.email} (id ${account.id})`).join(', ');
    super(
      `Refusing to start in production: the users database ${path} has demo accounts whose ` +
        `passwords are published in the README: ${list}. Create a real administrator with ` +
        '`pnpm users:create`, then remove the demo accounts with `pnpm users:remove-demo` ' +
        '(both take USERS_DB_PATH or --path), or point USERS_DB_PATH at another database.',
    );
    this.name = 'PublishedPasswordError';
    this.accounts = accounts;
  }
}

export interface PrepareUsersDatabaseOptions extends Pick<OpenUsersDatabaseOptions, 'path'> {
  readonly production: boolean;
}

/**
 * What a server opens at start-up: in development the database with the demo users seeded; in
 * production the database as it is (never seeded), refused when a demo account is still usable.
 */
export async function prepareUsersDatabase(
  options: PrepareUsersDatabaseOptions,
): Promise<UsersDatabase> {
  const { production, ...open } = options;
  const database = openUsersDatabase({ ...open, seed: !production });
  if (!production) return database;
  const accounts = await findPublishedPasswordAccounts(database);
  if (accounts.length === 0) return database;
  database.close();
  throw new PublishedPasswordError(database.db.name, accounts);
}
