import { LAB_MODES } from '@authlab/flows/lab-modes';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLabModes, markLabMode } from '../src/lab-modes.ts';
import { createTestApp } from './helpers/create-test-app.ts';

describe('createLabModes()', () => {
  it('starts with every mode of the catalog off', () => {
    const modes = createLabModes();
    expect(modes.list()).toHaveLength(LAB_MODES.length);
    expect(modes.list().filter((mode) => mode.on)).toEqual([]);
  });

  it('starts with the modes it is given on', () => {
    const modes = createLabModes(['csrf-no-origin-check']);
    expect(modes.isOn('csrf-no-origin-check')).toBe(true);
    expect(modes.isOn('csrf-no-custom-header')).toBe(false);
  });

  it('switches one mode on and off again', () => {
    const modes = createLabModes();
    modes.set('refresh-grace-window', true);
    expect(modes.isOn('refresh-grace-window')).toBe(true);
    modes.set('refresh-grace-window', false);
    expect(modes.isOn('refresh-grace-window')).toBe(false);
  });
});

describe('markLabMode()', () => {
  it('names every mode that changed the response once, in the order they acted', async () => {
    const { app } = createTestApp((ctx) => {
      markLabMode(ctx, 'csrf-no-fetch-metadata');
      markLabMode(ctx, 'csrf-no-origin-check');
      markLabMode(ctx, 'csrf-no-fetch-metadata');
      ctx.body = { ok: true };
    });
    const response = await request(app.callback()).get('/');
    expect(response.headers['x-authlab-lab-mode']).toBe(
      'csrf-no-fetch-metadata, csrf-no-origin-check',
    );
  });

  it('keeps the label on an error response', async () => {
    const { app } = createTestApp((ctx) => {
      markLabMode(ctx, 'csrf-no-custom-header');
      ctx.throw(401);
    });
    const response = await request(app.callback()).get('/');
    expect(response.status).toBe(401);
    expect(response.headers['x-authlab-lab-mode']).toBe('csrf-no-custom-header');
  });

  it('leaves a response no mode changed unlabelled', async () => {
    const { app } = createTestApp((ctx) => {
      ctx.body = { ok: true };
    });
    const response = await request(app.callback()).get('/');
    expect(response.headers['x-authlab-lab-mode']).toBeUndefined();
  });
});
