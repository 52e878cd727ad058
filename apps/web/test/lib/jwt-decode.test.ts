import { describe, expect, it } from 'vitest';
import { decodeBase64Url, decodeJwt } from '../../src/lib/jwt-decode.ts';
import { buildToken } from '../helpers/runs.ts';

describe('decodeJwt', () => {
  const token = buildToken(
    { alg: 'HS256', typ: 'at+jwt' },
    { sub: '42', name: 'Nguyễn Văn A', iat: 1_700_000_000, exp: 1_700_000_900 },
  );

  it('splits the token into header, payload and signature', () => {
    const decoded = decodeJwt(token);
    const [header, payload, signature] = token.split('.');
    expect(decoded.error).toBeNull();
    expect(decoded.header.raw).toBe(header);
    expect(decoded.payload.raw).toBe(payload);
    expect(decoded.signature.raw).toBe(signature);
  });

  it('parses the header and the payload as JSON, UTF-8 included', () => {
    const utf8Payload = btoa(
      String.fromCharCode(...new TextEncoder().encode(JSON.stringify({ name: 'Nguyễn' }))),
    ).replace(/=+$/, '');
    const decoded = decodeJwt(`${token.split('.')[0]}.${utf8Payload}.sig`);
    expect(decoded.header.value).toEqual({ alg: 'HS256', typ: 'at+jwt' });
    expect(decoded.payload.value).toEqual({ name: 'Nguyễn' });
  });

  it('counts the token size in bytes', () => {
    expect(decodeJwt(token).sizeBytes).toBe(token.length);
  });

  it('reports a token without three segments', () => {
    expect(decodeJwt('abc.def').error).toBe('not_three_segments');
    expect(decodeJwt('   ').error).toBe('empty');
  });

  it('reports a segment that is not base64url, not UTF-8, not JSON or not an object', () => {
    expect(decodeJwt('a$b.e30.sig').header.error).toBe('not_base64url');
    expect(decodeJwt('_w.e30.sig').header.error).toBe('not_utf8');
    expect(decodeJwt('bm90IGpzb24.e30.sig').header.error).toBe('not_json');
    expect(decodeJwt('WzEsMl0.e30.sig').header.error).toBe('not_object');
    expect(decodeJwt('WzEsMl0.e30.sig').payload.value).toEqual({});
  });
});

describe('decodeBase64Url', () => {
  it('decodes unpadded base64url', () => {
    expect(new TextDecoder().decode(decodeBase64Url('aGk_Pw') ?? new Uint8Array())).toBe('hi??');
  });

  it('refuses impossible lengths', () => {
    expect(decodeBase64Url('abcde')).toBeNull();
  });
});
