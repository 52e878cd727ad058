import { describe, expect, it } from 'vitest';
import {
  cookieHeaderFor,
  describeBearerHeader,
  describeCookieHeader,
  headerLineBytes,
} from '../src/log-in.ts';

describe('cookieHeaderFor', () => {
  it('sends back the session cookie and its signature, without attributes', () => {
    const cookie = cookieHeaderFor(
      [
        'authlab.sid=abc; path=/; samesite=strict; httponly',
        'authlab.sid.sig=xyz; path=/; samesite=strict; httponly',
      ],
      '/me',
    );
    expect(cookie).toBe('authlab.sid=abc; authlab.sid.sig=xyz');
  });

  it('leaves out a cookie scoped to another path, as a browser would', () => {
    const cookie = cookieHeaderFor(['authlab.rt=r; Path=/refresh; HttpOnly', 'a=1; Path=/'], '/me');
    expect(cookie).toBe('a=1');
  });
});

describe('credential shapes', () => {
  it('describes a cookie header without its secret', () => {
    expect(describeCookieHeader('authlab.sid=abcdef; authlab.sid.sig=xy')).toBe(
      'authlab.sid=<6 chars>; authlab.sid.sig=<2 chars>',
    );
  });

  it('describes a bearer token by the lengths of its parts', () => {
    expect(describeBearerHeader('Bearer aaa.bbbbb.cc')).toBe(
      'Bearer <header 3 + payload 5 + signature 2 chars>',
    );
  });

  it('counts a header line as it goes over the wire', () => {
    expect(headerLineBytes('Cookie', 'a=1')).toBe('Cookie: a=1\r\n'.length);
  });
});
