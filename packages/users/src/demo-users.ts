/**
 * The three demo users both APIs share, seeded with fixed ids so that docs, tests and the web
 * app can name them: John Doe (42, admin), Jane Roe (43, user), Sam Smith (44, disabled).
 *
 * Teaches: idempotent seeding that is safe when two processes seed the same file at once. The
 * slow part (one scrypt run per password) happens before taking the write lock and only for
 * users that are missing; the insert itself runs under `BEGIN IMMEDIATE` and skips rows that
 * another process inserted first.
 *
 * DEMO PASSWORDS ARE PUBLIC. Never seed these users into a database that anyone else can reach.
 *
 * Reference: SQLite "UPSERT" (ON CONFLICT DO NOTHING); OWASP Password Storage Cheat Sheet.
 */
import type { Database } from 'better-sqlite3';
import { hashPasswordSync } from './password.ts';
import type { Role } from './types.ts';

export interface DemoUser {
  readonly id: number;
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly disabled: boolean;
}

export const DEMO_USERS: readonly DemoUser[] = Object.freeze([
  {
    id: 42,
    name: 'John Doe',
    email: 'john@example.com',
    password: 'john-demo-pass',
    role: 'admin',
    disabled: false,
  },
  {
    id: 43,
    name: 'Jane Roe',
    email: 'jane@example.com',
    password: 'jane-demo-pass',
    role: 'user',
    disabled: false,
  },
  {
    id: 44,
    name: 'Sam Smith',
    email: 'sam@example.com',
    password: 'sam-demo-pass',
    role: 'user',
    disabled: true,
  },
]);

/** A demo user by id; throws for an id that is not one of the three. */
export function findDemoUser(id: number): DemoUser {
  const user = DEMO_USERS.find((candidate) => candidate.id === id);
  if (user === undefined) throw new Error(`No demo user has id ${id}.`);
  return user;
}

export interface DemoCredentials {
  readonly id: number;
  readonly email: string;
  readonly password: string;
}

/** What a client (a test, the benchmark) signs in with as this demo user: id, email, password. */
export function demoCredentials(id: number): DemoCredentials {
  const { email, password } = findDemoUser(id);
  return Object.freeze({ id, email, password });
}

/**
 * One hash per demo password per process. Every `:memory:` test database seeds the same three
 * users; without this each would spend three KDF runs. Sharing a salt across databases is
 * harmless for public demo passwords and never happens for real ones.
 */
const demoPasswordHashes = new Map<string, string>();

function hashDemoPassword(password: string): string {
  let hash = demoPasswordHashes.get(password);
  if (hash === undefined) {
    hash = hashPasswordSync(password);
    demoPasswordHashes.set(password, hash);
  }
  return hash;
}

/** Inserts the demo users that are missing; returns how many this call inserted. */
export function seedDemoUsers(db: Database): number {
  const present = new Set(
    db
      .prepare<number[], number>(
        `SELECT id FROM users WHERE id IN (${DEMO_USERS.map(() => '?').join(', ')})`,
      )
      .pluck()
      .all(...DEMO_USERS.map((user) => user.id)),
  );
  const missing = DEMO_USERS.filter((user) => !present.has(user.id));
  if (missing.length === 0) return 0;

  const rows = missing.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    passwordHash: hashDemoPassword(user.password),
    disabled: user.disabled ? 1 : 0,
  }));
  // ON CONFLICT DO NOTHING rather than INSERT OR IGNORE: OR IGNORE would also silently skip a
  // row that breaks a CHECK or NOT NULL constraint, hiding a bug instead of failing.
  const insert = db.prepare(`
    INSERT INTO users (id, email, name, role, password_hash, disabled, created_at, updated_at)
    VALUES (@id, @email, @name, @role, @passwordHash, @disabled, @now, @now)
    ON CONFLICT DO NOTHING
  `);
  const seed = db.transaction(() => {
    const now = new Date().toISOString();
    return rows.reduce((inserted, row) => inserted + insert.run({ ...row, now }).changes, 0);
  });
  return seed.immediate();
}
