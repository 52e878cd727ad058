import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { JWKS_PATH } from '../../src/endpoints/jwks.ts';
import { createLootStore } from '../../src/loot-store.ts';

function buildSite() {
  const loot = createLootStore(() => new Date('2026-01-05T09:00:00.000Z'));
  return createApp({ config: loadConfig({}), loot }).callback();
}

const JWK = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: 'attacker-key' };

describe('the attacker JWK Set', () => {
  it('is empty until the page publishes one, then serves it to anyone', async () => {
    const site = buildSite();
    expect((await request(site).get(JWKS_PATH)).body).toEqual({ keys: [] });

    const published = await request(site)
      .post(JWKS_PATH)
      .set('Origin', 'http://localhost:5173')
      .send({ keys: [JWK] });

    expect(published.status).toBe(204);
    const served = await request(site).get(JWKS_PATH);
    expect(served.body).toEqual({ keys: [JWK] });
    expect(served.headers['access-control-allow-origin']).toBe('*');
  });

  it('refuses a body that is not a JWK Set', async () => {
    const response = await request(buildSite()).post(JWKS_PATH).send({ keys: 'no' });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
  });
});
