import { describe, expect, it } from 'vitest';
import {
  candidatePasswordSchema,
  createUserInputSchema,
  emailSchema,
  nameSchema,
  newPasswordSchema,
  normaliseEmail,
} from '../src/schemas.ts';

describe('normaliseEmail', () => {
  it('trims, lower-cases and composes to NFC', () => {
    expect(normaliseEmail('  Zoe\u0308@Example.COM \n')).toBe('zo\u00eb@example.com');
  });

  it('is idempotent', () => {
    const once = normaliseEmail(' ÅSA@Example.com');
    expect(normaliseEmail(once)).toBe(once);
  });
});

describe('emailSchema', () => {
  it('accepts a Unicode address and returns it normalised', () => {
    expect(emailSchema.parse(' Jürgen@Example.de ')).toBe('jürgen@example.de');
  });

  it.each([
    ['no at sign', 'john.example.com'],
    ['a space', "' OR 1=1 --@example.com"],
    ['a control character', 'john\u0007@example.com'],
    ['too long', `${'a'.repeat(64)}@${'b'.repeat(190)}.com`],
    ['not a string', 42],
  ])('rejects an address with %s', (_, email) => {
    expect(emailSchema.safeParse(email).success).toBe(false);
  });
});

describe('nameSchema', () => {
  it('trims the name', () => {
    expect(nameSchema.parse('  Zoë  ')).toBe('Zoë');
  });

  it('rejects an empty or control-character name', () => {
    expect(nameSchema.safeParse('   ').success).toBe(false);
    expect(nameSchema.safeParse('Zoë\u0000').success).toBe(false);
  });
});

describe('newPasswordSchema', () => {
  it('counts characters, not UTF-16 code units', () => {
    const twelveEmoji = '🔑'.repeat(12);
    expect(twelveEmoji.length).toBe(24);
    expect(newPasswordSchema.safeParse(twelveEmoji).success).toBe(true);
    expect(newPasswordSchema.safeParse('🔑'.repeat(11)).success).toBe(false);
  });

  it('accepts 12 to 128 characters and rejects 11 and 129', () => {
    expect(newPasswordSchema.safeParse('a'.repeat(12)).success).toBe(true);
    expect(newPasswordSchema.safeParse('a'.repeat(128)).success).toBe(true);
    expect(newPasswordSchema.safeParse('a'.repeat(11)).success).toBe(false);
    expect(newPasswordSchema.safeParse('a'.repeat(129)).success).toBe(false);
  });

  it('rejects a NUL character', () => {
    expect(newPasswordSchema.safeParse('long-enough-\0-password').success).toBe(false);
  });

  it('imposes no composition rules', () => {
    expect(newPasswordSchema.safeParse('correct horse battery staple').success).toBe(true);
  });
});

describe('candidatePasswordSchema', () => {
  it('accepts 1 to 256 characters', () => {
    expect(candidatePasswordSchema.safeParse('x').success).toBe(true);
    expect(candidatePasswordSchema.safeParse('x'.repeat(256)).success).toBe(true);
    expect(candidatePasswordSchema.safeParse('').success).toBe(false);
    expect(candidatePasswordSchema.safeParse('x'.repeat(257)).success).toBe(false);
  });
});

describe('createUserInputSchema', () => {
  it('reports every invalid field', () => {
    const result = createUserInputSchema.safeParse({
      email: 'nope',
      name: '',
      role: 'root',
      password: 'short',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'email',
      'name',
      'password',
      'role',
    ]);
  });
});
