import { http } from '@authlab/http/testing/http';
import { createTestClock } from '@authlab/http/testing/test-defaults';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRevocationStore } from '../../src/stores/memory-revocation-store.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';

describe('GET /healthz', () => {
  let testApp: TestApp | null = null;
  afterEach(() => testApp?.close());

  it('reports the store kind and that it answers', async () => {
    testApp = buildTestApp();
    const response = await http(testApp).get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', store: { kind: 'memory', ok: true } });
    expect(response.headers['x-instance-id']).toBe(testApp.config.instanceId);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['server-timing']).toBeUndefined();
  });

  it('answers 503 while the store is unreachable', async () => {
    const clock = createTestClock();
    const store = createMemoryRevocationStore({ clock, accessTokenTtlSeconds: 900 });
    testApp = buildTestApp({ clock, revocationStore: { ...store, ping: async () => false } });
    const response = await http(testApp).get('/healthz');
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('1');
    expect(response.body).toEqual({ status: 'unavailable', store: { kind: 'memory', ok: false } });
  });
});
