import { listLabModes } from '@authlab/flows/lab-modes';
import { CSRF_HEADERS, http } from '@authlab/http/testing/http';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/build-test-app.ts';

describe('lab modes', () => {
  it('lists every mode of this API, each off by default', async () => {
    const testApp = buildTestApp();
    try {
      const response = await http(testApp).get('/lab/modes');
      expect(response.status).toBe(200);
      expect(response.body.modes.map((mode: { id: string }) => mode.id)).toEqual(
        listLabModes('session').map((mode) => mode.id),
      );
      expect(response.body.modes.filter((mode: { on: boolean }) => mode.on)).toEqual([]);
      expect((await http(testApp).get('/lab/state')).body.lab_modes).toEqual([]);
    } finally {
      testApp.close();
    }
  });

  it('switches a mode on and shows it in the lab state', async () => {
    const testApp = buildTestApp();
    try {
      const response = await http(testApp)
        .put('/lab/modes/fixation-keep-pre-login-id')
        .set(CSRF_HEADERS)
        .send({ on: true });
      expect(response.status).toBe(200);
      expect(response.body.modes).toContainEqual(
        expect.objectContaining({ id: 'fixation-keep-pre-login-id', on: true }),
      );
      expect((await http(testApp).get('/lab/state')).body.lab_modes).toEqual([
        'fixation-keep-pre-login-id',
      ]);
    } finally {
      testApp.close();
    }
  });

  it('starts with the modes LAB_MODES names, ignoring the other API', async () => {
    const testApp = buildTestApp({
      env: { LAB_MODES: 'fixation-keep-pre-login-id,refresh-grace-window' },
    });
    try {
      expect((await http(testApp).get('/lab/state')).body.lab_modes).toEqual([
        'fixation-keep-pre-login-id',
      ]);
    } finally {
      testApp.close();
    }
  });

  it("refuses to switch the other API's mode or an unknown one", async () => {
    const testApp = buildTestApp();
    try {
      for (const id of ['refresh-grace-window', 'no-passwords']) {
        const response = await http(testApp)
          .put(`/lab/modes/${id}`)
          .set(CSRF_HEADERS)
          .send({ on: true });
        expect(response.status).toBe(404);
        expect(response.body.error.code).toBe('not_found');
      }
    } finally {
      testApp.close();
    }
  });

  it('refuses a switch without a boolean', async () => {
    const testApp = buildTestApp();
    try {
      const response = await http(testApp)
        .put('/lab/modes/fixation-keep-pre-login-id')
        .set(CSRF_HEADERS)
        .send({ on: 'yes' });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    } finally {
      testApp.close();
    }
  });

  it('does not exist while the lab is disabled', async () => {
    const testApp = buildTestApp({ env: { LAB_ENABLED: 'false' } });
    try {
      expect((await http(testApp).get('/lab/modes')).status).toBe(404);
      const response = await http(testApp)
        .put('/lab/modes/fixation-keep-pre-login-id')
        .set(CSRF_HEADERS)
        .send({ on: true });
      expect(response.status).toBe(404);
    } finally {
      testApp.close();
    }
  });

  it.each(listLabModes('session').map((mode) => mode.id))(
    'refuses to start with %s in production',
    (id) => {
      expect(() =>
        buildTestApp({ env: { NODE_ENV: 'production', LAB_ENABLED: 'false', LAB_MODES: id } }),
      ).toThrow(/LAB_MODES: vulnerable lab modes are refused in production/);
    },
  );
});
