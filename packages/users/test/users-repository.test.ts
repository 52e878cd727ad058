import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UsersError } from '../src/errors.ts';
import { hashPassword } from '../src/password.ts';
import { openUsersDatabase, type UsersDatabase } from '../src/users-database.ts';
import {
  createUsersRepository,
  toPublicUser,
  type UsersRepository,
} from '../src/users-repository.ts';

/** Each KDF run takes hundreds of milliseconds by design: one seeded database per file. */
let database: UsersDatabase;
let users: UsersRepository;
beforeAll(() => {
  database = openUsersDatabase({ path: ':memory:' });
  users = createUsersRepository(database);
});
afterAll(() => database.close());

function storedHash(id: number): string {
  return database.db
    .prepare('SELECT password_hash FROM users WHERE id = ?')
    .pluck()
    .get(id) as string;
}

async function expectUsersError(promise: Promise<unknown>, code: UsersError['code']) {
  await expect(promise).rejects.toBeInstanceOf(UsersError);
  await expect(promise).rejects.toMatchObject({ code });
}

function expectUsersErrorSync(run: () => unknown, code: UsersError['code']) {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(UsersError);
  expect(thrown).toMatchObject({ code });
}

// Read-only except for rows each test creates itself, so the KDF runs may overlap.
describe.concurrent('verifyCredentials', () => {
  it('returns the seeded admin John Doe (id 42) for the right password', async () => {
    const user = await users.verifyCredentials('john@example.com', 'john-demo-pass');
    expect(user).toMatchObject({ id: 42, name: 'John Doe', role: 'admin', disabled: false });
  });

  it('matches the email whatever its case, surrounding spaces and Unicode form', async () => {
    const user = await users.verifyCredentials('  JANE@Example.COM\t', 'jane-demo-pass');
    expect(user?.id).toBe(43);
  });

  it('returns null for a wrong password', async () => {
    expect(await users.verifyCredentials('john@example.com', 'jane-demo-pass')).toBeNull();
  });

  it('returns null for an unknown email', async () => {
    expect(await users.verifyCredentials('nobody@example.com', 'john-demo-pass')).toBeNull();
  });

  it('returns null for a disabled user even with the right password', async () => {
    expect(await users.verifyCredentials('sam@example.com', 'sam-demo-pass')).toBeNull();
  });

  it.each([
    ['values that are not strings', 42, null],
    ['an injection attempt as email', "' OR 1=1 --", 'john-demo-pass'],
    ['a password over 256 characters', 'john@example.com', 'x'.repeat(257)],
  ])('returns null without throwing for %s', async (_, email, password) => {
    expect(await users.verifyCredentials(email as string, password as string)).toBeNull();
  });

  it('upgrades a hash made with weaker parameters at the next successful login', async () => {
    const weakHash = await hashPassword('legacy-password', { logN: 10, r: 8, p: 1 });
    const id = Number(
      database.db
        .prepare(
          `INSERT INTO users (email, name, role, password_hash, created_at, updated_at)
           VALUES ('legacy@example.com', 'Legacy Hash', 'user', ?, 'then', 'then')`,
        )
        .run(weakHash).lastInsertRowid,
    );

    const verified = await users.verifyCredentials('legacy@example.com', 'legacy-password');
    expect(verified).toMatchObject({ id, credentialVersion: 1, updatedAt: 'then' });
    expect(storedHash(id)).toMatch(/^scrypt\$ln=15,r=8,p=3\$/);
  });
});

describe('createUser', () => {
  it('stores a normalised email and returns the user without any hash', async () => {
    const user = await users.createUser({
      email: '  Zoe\u0308@Example.com ',
      name: '  Zoë Zed ',
      role: 'user',
      password: 'zoë-password-1',
    });
    expect(user).toMatchObject({ email: 'zoë@example.com', name: 'Zoë Zed', credentialVersion: 1 });
    expect(user.id).toBeGreaterThan(44);
    expect(Object.keys(user).sort()).toEqual([
      'createdAt',
      'credentialVersion',
      'disabled',
      'email',
      'id',
      'name',
      'role',
      'updatedAt',
    ]);
    expect(JSON.stringify(users.listUsersPage(0, 100))).not.toContain('scrypt$');
  });

  it.each([
    ['upper case', 'ZOË@EXAMPLE.COM'],
    ['surrounding whitespace', ' zoë@example.com '],
    ['the decomposed Unicode form', 'zoe\u0308@example.com'],
  ])('rejects an existing email in %s with email_taken', async (_, email) => {
    const input = { email, name: 'Copy', role: 'user' as const, password: 'another-password' };
    await expectUsersError(users.createUser(input), 'email_taken');
  });

  it('rejects the second of two concurrent creations of one email with email_taken', async () => {
    const input = { email: 'race@example.com', name: 'Race', role: 'user' as const };
    const results = await Promise.allSettled([
      users.createUser({ ...input, password: 'first-password' }),
      users.createUser({ ...input, password: 'second-password' }),
    ]);
    const rejected = results.filter((result) => result.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toMatchObject({ code: 'email_taken' });
  });

  it('rejects invalid input with invalid_input naming the fields, never the values', async () => {
    const input = { email: 'not-an-email', name: '', role: 'root', password: 'short' };
    const error = await users.createUser(input as never).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'invalid_input', status: 400 });
    expect((error as { fields: string[] }).fields.sort()).toEqual([
      'email',
      'name',
      'password',
      'role',
    ]);
    expect((error as Error).message).not.toContain('short');
  });

  it('rejects a 129-character password with invalid_input', async () => {
    const input = { email: 'long@example.com', name: 'Long', role: 'user' as const };
    await expectUsersError(
      users.createUser({ ...input, password: 'p'.repeat(129) }),
      'invalid_input',
    );
  });

  it('stores SQL metacharacters literally and leaves the table intact', async () => {
    const email = "o'hara';drop-table-users;--@example.com";
    const name = '"; DROP TABLE users; --';
    const password = '\' OR 1=1 -- "; DROP TABLE users; --';
    const created = await users.createUser({ email, name, role: 'user', password });

    expect(users.findUserById(created.id)).toMatchObject({ email, name });
    expect((await users.verifyCredentials(email, password))?.id).toBe(created.id);
    expect(users.findUserById(42)?.name).toBe('John Doe');
  });
});

describe.concurrent('passwords', () => {
  it.each([
    ['64 characters', `${'a'.repeat(60)}-64!`],
    ['Unicode and emoji', 'пароль-密码-🔑-contraseña'],
  ])('round-trips a password of %s', async (_, password) => {
    const email = `round-trip-${password.length}@example.com`;
    await users.createUser({ email, name: 'Round Trip', role: 'user', password });
    expect(await users.verifyCredentials(email, password)).not.toBeNull();
  });
});

describe('changePassword', () => {
  it('accepts a 128-character password, retires the old one and bumps credentialVersion', async () => {
    const before = users.findUserById(43);
    const newPassword = `${'n'.repeat(127)}!`;
    const after = await users.changePassword(43, newPassword);

    expect(after.credentialVersion).toBe((before?.credentialVersion ?? 0) + 1);
    expect(await users.verifyCredentials('jane@example.com', newPassword)).not.toBeNull();
    expect(await users.verifyCredentials('jane@example.com', 'jane-demo-pass')).toBeNull();
  });

  it('rejects a new password under 12 characters with invalid_input', async () => {
    await expectUsersError(users.changePassword(42, 'too-short'), 'invalid_input');
  });

  it('rejects an unknown user with user_not_found', async () => {
    await expectUsersError(users.changePassword(9999, 'a-long-enough-password'), 'user_not_found');
  });
});

describe('setDisabled', () => {
  it('bumps credentialVersion on disable and again on enable', () => {
    const start = users.findUserById(42)?.credentialVersion ?? 0;
    expect(users.setDisabled(42, true)).toMatchObject({
      disabled: true,
      credentialVersion: start + 1,
    });
    expect(users.setDisabled(42, false)).toMatchObject({
      disabled: false,
      credentialVersion: start + 2,
    });
  });

  it('throws user_not_found for an unknown id', () => {
    expectUsersErrorSync(() => users.setDisabled(9999, true), 'user_not_found');
  });
});

describe('bumpCredentialVersion', () => {
  it('adds one to credentialVersion and sets updatedAt to now', () => {
    const before = users.findUserById(44);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-02T03:04:05.678Z'));
    try {
      expect(users.bumpCredentialVersion(44)).toMatchObject({
        credentialVersion: (before?.credentialVersion ?? 0) + 1,
        updatedAt: '2030-01-02T03:04:05.678Z',
        createdAt: before?.createdAt,
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('throws user_not_found for an id that is not a positive integer', () => {
    for (const id of [0, -1, 42.5, Number.NaN]) {
      expectUsersErrorSync(() => users.bumpCredentialVersion(id), 'user_not_found');
    }
  });
});

describe('findUserById', () => {
  it('returns null for an unknown or malformed id', () => {
    expect(users.findUserById(9999)).toBeNull();
    expect(users.findUserById(Number.NaN)).toBeNull();
  });
});

describe('toPublicUser', () => {
  it('keeps exactly id, email, name, role and disabled', () => {
    const john = users.findUserById(42);
    if (!john) throw new Error('John Doe was not seeded');
    expect(toPublicUser(john)).toEqual({
      id: 42,
      email: 'john@example.com',
      name: 'John Doe',
      role: 'admin',
      disabled: false,
    });
  });
});

describe('listUsersPage', () => {
  it('pages through users in id order, then says there is no next page', () => {
    const first = users.listUsersPage(0, 2);
    const rest = users.listUsersPage(first.nextAfterId ?? Number.NaN, 100);

    expect(first.users.map((user) => user.id)).toEqual([42, 43]);
    expect(first.nextAfterId).toBe(43);
    expect(rest.users.map((user) => user.id)).toContain(44);
    expect(rest.nextAfterId).toBeNull();
  });

  it('never answers more than 100 users, whatever the limit asked', () => {
    const insert = database.db.prepare(
      "INSERT INTO users (email, name, role, password_hash, created_at, updated_at) VALUES (?, 'Bulk', 'user', 'scrypt$x', 'now', 'now')",
    );
    for (let index = 0; index < 120; index += 1) insert.run(`bulk-${index}@example.com`);

    const page = users.listUsersPage(0, 10_000);

    expect(page.users).toHaveLength(100);
    expect(page.nextAfterId).toBe(page.users.at(-1)?.id);
    expect(users.countUsers()).toBeGreaterThanOrEqual(123);
  });
});
