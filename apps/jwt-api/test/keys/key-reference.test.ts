import { describe, expect, it } from 'vitest';
import { decodeJoseHeader, readKeyReference } from '../../src/keys/key-reference.ts';

describe('readKeyReference', () => {
  it('returns the kid and alg of a header that names a string kid', () => {
    expect(readKeyReference({ alg: 'HS256', kid: 'abc', typ: 'at+jwt' })).toEqual({
      kid: 'abc',
      alg: 'HS256',
    });
  });

  it('refuses a header with crit, whatever it lists', () => {
    expect(readKeyReference({ alg: 'HS256', kid: 'abc', crit: [] })).toBeNull();
  });

  it('refuses a header without a string kid', () => {
    expect([{ alg: 'HS256' }, { alg: 'HS256', kid: 42 }].map(readKeyReference)).toEqual([
      null,
      null,
    ]);
  });

  it('refuses what is not an object', () => {
    expect([null, 'kid', 7].map(readKeyReference)).toEqual([null, null, null]);
  });
});

describe('decodeJoseHeader', () => {
  it('decodes a base64url JSON segment and returns null for anything else', () => {
    const segment = Buffer.from('{"alg":"ES256","kid":"k1"}').toString('base64url');
    expect([decodeJoseHeader(segment), decodeJoseHeader('%%%')]).toEqual([
      { alg: 'ES256', kid: 'k1' },
      null,
    ]);
  });
});
