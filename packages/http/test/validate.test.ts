import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../src/errors.ts';
import { parseBody, parseIdParam } from '../src/validate.ts';

const loginSchema = z.strictObject({
  email: z.email(),
  password: z.string().min(1).max(1024),
  options: z.object({ remember: z.boolean() }).optional(),
});

describe('parseBody()', () => {
  it('returns the parsed body when it matches the schema', () => {
    expect(parseBody(loginSchema, { email: 'john@example.com', password: 'p' })).toEqual({
      email: 'john@example.com',
      password: 'p',
    });
  });

  it('throws validation_failed listing field paths, never the values', () => {
    const attempt = () =>
      parseBody(loginSchema, {
        email: 'not-an-email',
        password: 123456789,
        options: { remember: 'hunter2-secret' },
      });
    expect(attempt).toThrow(ValidationError);
    try {
      attempt();
    } catch (error) {
      const { code, message } = error as ValidationError;
      expect(code).toBe('validation_failed');
      expect(message).toContain('email');
      expect(message).toContain('options.remember');
      expect(message).not.toMatch(/not-an-email|123456789|hunter2/);
    }
  });
});

describe('parseIdParam()', () => {
  it('returns a positive integer id', () => {
    expect(parseIdParam('42')).toBe(42);
    expect(parseIdParam('999999999999999')).toBe(999_999_999_999_999);
  });

  it.each([
    ['missing', undefined],
    ['zero', '0'],
    ['leading zero', '042'],
    ['negative', '-1'],
    ['not a number', 'abc'],
    ['a fraction', '4.2'],
    ['beyond a safe integer', '9999999999999999'],
  ])('answers 404 not_found for an id that is %s', (_name, value) => {
    expect(() => parseIdParam(value)).toThrow(NotFoundError);
  });
});
