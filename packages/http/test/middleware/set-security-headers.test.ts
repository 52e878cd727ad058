import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../src/errors.ts';
import { createTestApp } from '../helpers/create-test-app.ts';

const EXPECTED_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'x-instance-id': 'test-1',
};

describe('setSecurityHeaders()', () => {
  it('sets the headers on a successful response', async () => {
    const { app } = createTestApp((ctx) => {
      ctx.body = { ok: true };
    });
    const response = await request(app.callback()).get('/');
    expect(response.headers).toMatchObject(EXPECTED_HEADERS);
  });

  it('keeps them on an error response', async () => {
    const { app } = createTestApp(() => {
      throw new ForbiddenError();
    });
    const response = await request(app.callback()).get('/');
    expect(response.status).toBe(403);
    expect(response.headers).toMatchObject(EXPECTED_HEADERS);
  });
});
