/**
 * Everything the APIs ask about users: check a login, load a user, change a password, disable
 * an account, and revoke everything issued before now by bumping `credentialVersion`.
 *
 * Teaches: a credential check that does the same work whether the email is unknown, the
 * password wrong or the account disabled (so neither the answer nor its timing tells an
 * attacker which emails exist); parameterised SQL only, so `' OR 1=1 --` is just text; and a
 * per-user counter that lets a stateless token be revoked (the JWT carries it as `ver`).
 *
 * Flow steps: `*.login.verify-credentials`, `*.request.query-users`, `*.revoke.update-user`,
 * `jwt.revoke.bump-credential-version`, `*.password.verify-current`, `*.password.update-hash`.
 *
 * Reference: OWASP Authentication Cheat Sheet ("Authentication Responses", account
 * enumeration); OWASP Password Storage Cheat Sheet ("Upgrading Legacy Hashes"); OWASP ASVS 4.0
 * V2.4, V3.3.3 (terminate sessions after a password change); NIST SP 800-63B §5.1.1.2.
 */
import type { z } from 'zod';
import { EmailTakenError, InvalidUserInputError, UserNotFoundError } from './errors.ts';
import { hashPassword, verifyDummyPassword, verifyPassword } from './password.ts';
import {
  candidatePasswordSchema,
  createUserInputSchema,
  emailSchema,
  newPasswordSchema,
  userIdSchema,
} from './schemas.ts';
import type { CreateUserInput, PublicUser, User } from './types.ts';
import type { UsersDatabase } from './users-database.ts';
import { createUserStatements, toUser, type UserRow } from './users-statements.ts';

// The apps import these types from here, next to the repository that returns them.
export type { CreateUserInput, PublicUser, Role, User } from './types.ts';

/** One page of users in id order, and where the next one starts (`null`: this was the last). */
export interface UsersPage {
  users: User[];
  nextAfterId: number | null;
}

/** Page sizes: the HTTP contract allows at most this many users per page. */
export const MAX_USERS_PAGE_SIZE = 100;

export interface UsersRepository {
  /** `null` for an unknown email, a wrong password or a disabled user; same work in each case. */
  verifyCredentials(email: string, password: string): Promise<User | null>;
  findUserById(id: number): User | null;
  /**
   * Keyset pagination: users with an id above `afterId`, in id order, at most `limit` (capped at
   * MAX_USERS_PAGE_SIZE). Costs the same on page 1 and page 1 000, unlike OFFSET.
   */
  listUsersPage(afterId: number, limit: number): UsersPage;
  countUsers(): number;
  /** @throws {UsersError} `email_taken` or `invalid_input` */
  createUser(input: CreateUserInput): Promise<User>;
  /** Bumps `credentialVersion`. @throws {UsersError} `invalid_input` or `user_not_found` */
  changePassword(id: number, newPassword: string): Promise<User>;
  /** Bumps `credentialVersion`. @throws {UsersError} `user_not_found` */
  setDisabled(id: number, disabled: boolean): User;
  /** "Log out everywhere". @throws {UsersError} `user_not_found` */
  bumpCredentialVersion(id: number): User;
}

/** The shape the HTTP contract serialises; what an admin list or `/me` may show. */
export function toPublicUser(user: User): PublicUser {
  const { id, email, name, role, disabled } = user;
  return { id, email, name, role, disabled };
}

function fieldPaths(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.path.join('.') || 'input'))];
}

function parseUserId(id: number): number {
  const parsed = userIdSchema.safeParse(id);
  if (!parsed.success) throw new UserNotFoundError(id);
  return parsed.data;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export function createUsersRepository(database: UsersDatabase): UsersRepository {
  const statements = createUserStatements(database.db);
  const now = () => new Date().toISOString();

  function requireUpdated(id: number, row: UserRow | undefined): User {
    if (!row) throw new UserNotFoundError(id);
    return toUser(row);
  }

  return {
    async verifyCredentials(email, password) {
      const parsedEmail = emailSchema.safeParse(email);
      const parsedPassword = candidatePasswordSchema.safeParse(password);
      // A malformed attempt still costs one KDF run, with a fixed input: an attacker-chosen
      // megabyte string is not worth hashing, and no timing may single out this path.
      if (!parsedEmail.success || !parsedPassword.success) {
        await verifyDummyPassword('invalid-input');
        return null;
      }
      const row = statements.findByEmail.get(parsedEmail.data);
      if (!row) {
        await verifyDummyPassword(parsedPassword.data);
        return null;
      }
      // Checked even for a disabled user, so "disabled" is not faster than "wrong password".
      const { matches, needsRehash } = await verifyPassword(parsedPassword.data, row.password_hash);
      if (!matches || row.disabled === 1) return null;
      if (needsRehash) {
        // OWASP "Upgrading Legacy Hashes": the plaintext is only available now. Compare-and-set
        // on the old hash so a password changed meanwhile is not overwritten. Same password,
        // so credential_version stays: nothing issued needs revoking.
        const upgradedHash = await hashPassword(parsedPassword.data);
        statements.replaceHash.run({ id: row.id, oldHash: row.password_hash, upgradedHash });
      }
      return toUser(row);
    },

    findUserById(id) {
      const parsed = userIdSchema.safeParse(id);
      if (!parsed.success) return null;
      const row = statements.findById.get(parsed.data);
      return row ? toUser(row) : null;
    },

    listUsersPage(afterId, limit) {
      const size = Math.min(Math.max(1, Math.trunc(limit)), MAX_USERS_PAGE_SIZE);
      // One row more than asked tells whether another page exists, without a second query.
      const rows = statements.listAfter.all(Math.max(0, Math.trunc(afterId)), size + 1);
      const users = rows.slice(0, size).map(toUser);
      const last = users.at(-1);
      return { users, nextAfterId: rows.length > size && last !== undefined ? last.id : null };
    },

    countUsers() {
      return statements.count.get() ?? 0;
    },

    async createUser(input) {
      const parsed = createUserInputSchema.safeParse(input);
      if (!parsed.success) throw new InvalidUserInputError(fieldPaths(parsed.error));
      const { email, name, role, password } = parsed.data;
      // Checked before the slow hash to fail fast; the UNIQUE index below still decides races.
      if (statements.findByEmail.get(email)) throw new EmailTakenError();
      const passwordHash = await hashPassword(password);
      try {
        const row = statements.insert.get({ email, name, role, passwordHash, now: now() });
        if (!row) throw new Error('INSERT … RETURNING produced no row');
        return toUser(row);
      } catch (error) {
        if (isUniqueViolation(error)) throw new EmailTakenError({ cause: error });
        throw error;
      }
    },

    async changePassword(id, newPassword) {
      const userId = parseUserId(id);
      const parsed = newPasswordSchema.safeParse(newPassword);
      if (!parsed.success) throw new InvalidUserInputError(['newPassword']);
      if (!statements.findById.get(userId)) throw new UserNotFoundError(userId);
      const passwordHash = await hashPassword(parsed.data);
      return requireUpdated(
        userId,
        statements.updatePassword.get({ id: userId, passwordHash, now: now() }),
      );
    },

    setDisabled(id, disabled) {
      const userId = parseUserId(id);
      return requireUpdated(
        userId,
        statements.updateDisabled.get({ id: userId, disabled: disabled ? 1 : 0, now: now() }),
      );
    },

    bumpCredentialVersion(id) {
      const userId = parseUserId(id);
      return requireUpdated(userId, statements.bumpVersion.get({ id: userId, now: now() }));
    },
  };
}
