import Koa from 'koa';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLabJournal, listLabRequestsHandler, recordLabRequests } from '../src/lab-journal.ts';
import { markLabMode } from '../src/lab-modes.ts';

const NOW_MS = Date.parse('2026-01-05T09:00:00.000Z');

const ENTRY = {
  at: '2026-01-05T09:00:00.000Z',
  method: 'GET',
  path: '/me',
  status: 200,
  server_timing: null,
  lab_modes: null,
  csrf_rejection: null,
  sec_fetch_site: null,
  origin: null,
} as const;

describe('createLabJournal()', () => {
  it('keeps the newest entries only, numbered from 1', () => {
    const journal = createLabJournal(2);
    for (const path of ['/a', '/b', '/c']) journal.record({ ...ENTRY, path });
    expect(journal.listAfter(0).map((entry) => [entry.id, entry.path])).toEqual([
      [2, '/b'],
      [3, '/c'],
    ]);
  });

  it('lists only the entries after the id given', () => {
    const journal = createLabJournal();
    journal.record(ENTRY);
    journal.record(ENTRY);
    expect(journal.listAfter(1).map((entry) => entry.id)).toEqual([2]);
  });
});

describe('recordLabRequests()', () => {
  it('records the status, the lab-mode label and the CSRF headers, never the lab routes', async () => {
    const journal = createLabJournal();
    const listRequests = listLabRequestsHandler(journal);
    const app = new Koa();
    app.use(recordLabRequests(journal, () => NOW_MS));
    app.use((ctx, next) => {
      if (ctx.path === '/lab/requests') return listRequests(ctx, next);
      markLabMode(ctx, 'csrf-no-origin-check');
      ctx.status = 204;
    });
    await request(app.callback())
      .post('/logout-all')
      .set({ 'Sec-Fetch-Site': 'cross-site', Origin: 'http://127.0.0.1:4300', Cookie: 'a=b' });
    const listed = await request(app.callback()).get('/lab/requests');
    expect(listed.body.requests).toEqual([
      {
        id: 1,
        at: '2026-01-05T09:00:00.000Z',
        method: 'POST',
        path: '/logout-all',
        status: 204,
        server_timing: null,
        lab_modes: 'csrf-no-origin-check',
        csrf_rejection: null,
        sec_fetch_site: 'cross-site',
        origin: 'http://127.0.0.1:4300',
      },
    ]);
  });
});
