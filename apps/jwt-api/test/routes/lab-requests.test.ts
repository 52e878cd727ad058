import { CSRF_HEADERS, http } from '@authlab/http/testing/http';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/build-test-app.ts';

describe('lab request journal', () => {
  it('keeps the steps and the CSRF headers of requests another page sent', async () => {
    const testApp = buildTestApp();
    try {
      await http(testApp)
        .post('/logout-all')
        .set({ 'Sec-Fetch-Site': 'cross-site', Origin: 'http://127.0.0.1:4300' });
      const response = await http(testApp).get('/lab/requests');
      expect(response.status).toBe(200);
      expect(response.body.requests).toEqual([
        expect.objectContaining({
          id: 1,
          method: 'POST',
          path: '/logout-all',
          status: 403,
          server_timing: expect.stringMatching(/^jwt\.csrf\.check-request;.*desc="denied"$/),
          lab_modes: null,
          csrf_rejection: 'cross-site',
          sec_fetch_site: 'cross-site',
          origin: 'http://127.0.0.1:4300',
        }),
      ]);
    } finally {
      testApp.close();
    }
  });

  it('lists only the entries after the id the page saw last, never its own polling', async () => {
    const testApp = buildTestApp();
    try {
      await http(testApp).get('/me');
      await http(testApp).get('/me').set('Cookie', 'secret-cookie=never-kept');
      await http(testApp).get('/lab/requests');
      const response = await http(testApp).get('/lab/requests?after=1');
      expect(response.body.requests).toHaveLength(1);
      expect(response.body.requests[0]).toMatchObject({ id: 2, path: '/me', status: 401 });
      expect(JSON.stringify(response.body)).not.toContain('never-kept');
    } finally {
      testApp.close();
    }
  });

  it('does not exist while the lab is disabled', async () => {
    const testApp = buildTestApp({ env: { LAB_ENABLED: 'false' } });
    try {
      expect((await http(testApp).get('/lab/requests')).status).toBe(404);
      expect((await http(testApp).post('/lab/clock').set(CSRF_HEADERS).send({})).status).toBe(404);
    } finally {
      testApp.close();
    }
  });
});
