import Koa from 'koa';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { describeReceivedCookies, type KnownCookie, shortenId } from '../src/lab.ts';

const KNOWN: KnownCookie[] = [
  { name: 'authlab.sid', httpOnly: true, sameSite: 'Strict', path: '/', secure: false },
];

describe('describeReceivedCookies()', () => {
  it('pairs received cookies with the attributes the server set, values shortened', async () => {
    const app = new Koa();
    app.use((ctx) => {
      ctx.body = describeReceivedCookies(ctx, KNOWN);
    });
    const response = await request(app.callback())
      .get('/lab/state')
      .set('Cookie', 'authlab.sid=0123456789abcdef0123; theme=dark');
    expect(response.body).toEqual([
      {
        name: 'authlab.sid',
        value: '01234567…',
        http_only: true,
        same_site: 'Strict',
        path: '/',
        secure: false,
        note: expect.stringContaining('HttpOnly: the page cannot read this'),
      },
      {
        name: 'theme',
        value: 'dark',
        http_only: null,
        same_site: null,
        path: null,
        secure: null,
        note: 'not set by this server',
      },
    ]);
  });
});

describe('shortenId()', () => {
  it('keeps the first 8 characters', () => {
    expect(shortenId('abcdefghijkl')).toBe('abcdefgh…');
    expect(shortenId('short')).toBe('short');
  });
});
