import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  hashPasswordSync,
  KEY_BYTES,
  SALT_BYTES,
  type ScryptParameters,
  verifyPassword,
} from '../src/password.ts';

/** Far below OWASP: only for tests of the format and normalisation, which do not depend on cost. */
const CHEAP_PARAMETERS: ScryptParameters = { logN: 10, r: 8, p: 1 };

describe('hashPassword', () => {
  it('encodes the OWASP parameters, a 16-byte salt and a 32-byte key as a PHC string', async () => {
    const hash = await hashPassword('john-demo-pass');
    const [algorithm, parameters, salt = '', key = ''] = hash.split('$');
    expect(algorithm).toBe('scrypt');
    expect(parameters).toBe('ln=15,r=8,p=3');
    expect(Buffer.from(salt, 'base64')).toHaveLength(SALT_BYTES);
    expect(Buffer.from(key, 'base64')).toHaveLength(KEY_BYTES);
    await expect(verifyPassword('john-demo-pass', hash)).resolves.toEqual({
      matches: true,
      needsRehash: false,
    });
  });

  it('salts every hash, so one password gives two different hashes', async () => {
    const first = await hashPassword('same-password', CHEAP_PARAMETERS);
    const second = await hashPassword('same-password', CHEAP_PARAMETERS);
    expect(first).not.toBe(second);
  });
});

describe('hashPasswordSync', () => {
  it('produces a hash that verifyPassword accepts', async () => {
    const hash = hashPasswordSync('seeded-password', CHEAP_PARAMETERS);
    await expect(verifyPassword('seeded-password', hash)).resolves.toMatchObject({ matches: true });
  });
});

describe('verifyPassword', () => {
  it('rejects a different password', async () => {
    const hash = await hashPassword('right-password', CHEAP_PARAMETERS);
    await expect(verifyPassword('wrong-password', hash)).resolves.toMatchObject({ matches: false });
    await expect(verifyPassword('Right-password', hash)).resolves.toMatchObject({ matches: false });
  });

  it.each([
    ['a ligature', 'of\uFB01ce-password', 'office-password'],
    ['combining accents', 'caf\u00e9-password', 'cafe\u0301-password'],
    ['full-width letters', '\uFF30assword-1234', 'Password-1234'],
  ])('treats %s as their NFKC equivalent', async (_, typed, stored) => {
    const hash = await hashPassword(stored, CHEAP_PARAMETERS);
    await expect(verifyPassword(typed, hash)).resolves.toMatchObject({ matches: true });
  });

  it('asks for a rehash when the hash was made with other parameters', async () => {
    const hash = await hashPassword('old-password', CHEAP_PARAMETERS);
    await expect(verifyPassword('old-password', hash)).resolves.toEqual({
      matches: true,
      needsRehash: true,
    });
  });

  it.each([
    ['an unknown algorithm', `bcrypt$ln=10,r=8,p=1$${'A'.repeat(22)}$${'A'.repeat(43)}`],
    [
      'parameters that would need gigabytes',
      `scrypt$ln=30,r=8,p=1$${'A'.repeat(22)}$${'A'.repeat(43)}`,
    ],
  ])('never matches a stored hash with %s', async (_, hash) => {
    await expect(verifyPassword('any-password', hash)).resolves.toMatchObject({ matches: false });
  });
});
