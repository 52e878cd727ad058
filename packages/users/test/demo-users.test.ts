import { describe, expect, it } from 'vitest';
import { DEMO_USERS, demoCredentials, findDemoUser } from '../src/demo-users.ts';

describe('users demo users', () => {
  it('finds each demo user by its fixed id', () => {
    for (const user of DEMO_USERS) expect(findDemoUser(user.id)).toBe(user);
  });

  it('refuses an id that is not a demo user', () => {
    expect(() => findDemoUser(41)).toThrow('No demo user has id 41.');
  });

  it('gives the sign-in credentials of a demo user and nothing else', () => {
    expect(demoCredentials(43)).toEqual({
      id: 43,
      email: 'jane@example.com',
      password: 'jane-demo-pass',
    });
  });
});
