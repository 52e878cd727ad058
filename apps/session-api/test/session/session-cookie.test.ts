import { describe, expect, it } from 'vitest';
import {
  describeSessionCookie,
  generateSessionId,
  isWellFormedSessionId,
} from '../../src/session/session-cookie.ts';

describe('generateSessionId', () => {
  it('draws 256 random bits as 43 base64url characters', () => {
    const id = generateSessionId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(id, 'base64url')).toHaveLength(32);
  });

  it('never repeats itself', () => {
    const ids = new Set(Array.from({ length: 1000 }, generateSessionId));
    expect(ids.size).toBe(1000);
  });
});

describe('isWellFormedSessionId', () => {
  it.each([
    ['a 42-character value', 'a'.repeat(42)],
    ['a 44-character value', 'a'.repeat(44)],
    ['a value with a dot', `${'a'.repeat(42)}.`],
    ['an empty value', ''],
  ])('refuses %s before any store lookup', (_case, value) => {
    expect(isWellFormedSessionId(value)).toBe(false);
  });

  it('accepts what generateSessionId draws', () => {
    expect(isWellFormedSessionId(generateSessionId())).toBe(true);
  });
});

describe('describeSessionCookie', () => {
  it('uses the __Host- name only with Secure cookies', () => {
    expect(describeSessionCookie(true)).toEqual({ name: '__Host-authlab.sid', secure: true });
    expect(describeSessionCookie(false)).toEqual({ name: 'authlab.sid', secure: false });
  });
});
