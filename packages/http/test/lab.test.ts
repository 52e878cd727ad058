import Koa from 'koa';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLabClock, createManualClock } from '../src/clock.ts';
import { describeReceivedCookies, type KnownCookie, setLabClock, shortenId } from '../src/lab.ts';
import { createTestApp } from './helpers/create-test-app.ts';

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

describe('setLabClock()', () => {
  const MAX_OFFSET_SECONDS = 3600;

  function createClockApp() {
    const clock = createLabClock(createManualClock(Date.UTC(2026, 0, 5, 9, 0, 0)));
    const { app } = createTestApp(setLabClock(clock, MAX_OFFSET_SECONDS));
    return { clock, callback: app.callback() };
  }

  it('moves the clock forward and answers the new offset and time, 0 resets', async () => {
    const { clock, callback } = createClockApp();
    const moved = await request(callback).post('/lab/clock').send({ offset_seconds: 960 });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ clock_offset_seconds: 960, now: '2026-01-05T09:16:00.000Z' });
    expect(clock.offsetSeconds).toBe(960);
    const reset = await request(callback).post('/lab/clock').send({ offset_seconds: 0 });
    expect(reset.body).toEqual({ clock_offset_seconds: 0, now: '2026-01-05T09:00:00.000Z' });
  });

  it.each([
    ['backwards', { offset_seconds: -1 }],
    ['past the maximum', { offset_seconds: MAX_OFFSET_SECONDS + 1 }],
    ['a fraction', { offset_seconds: 1.5 }],
    ['with an unknown field', { offset_seconds: 1, speed: 2 }],
  ])('answers 400 validation_failed for an offset %s, clock unchanged', async (_name, body) => {
    const { clock, callback } = createClockApp();
    const response = await request(callback).post('/lab/clock').send(body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(clock.offsetSeconds).toBe(0);
  });
});
