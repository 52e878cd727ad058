import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { InvalidTokenError, RateLimitedError, StoreUnavailableError } from '../../src/errors.ts';
import { createLogger } from '../../src/logger.ts';
import { logAppErrors } from '../../src/middleware/handle-errors.ts';
import { createTestApp } from '../helpers/create-test-app.ts';

describe('handleErrors()', () => {
  it('answers an HttpError with its status, code, message and headers', async () => {
    const { app } = createTestApp(() => {
      throw new InvalidTokenError();
    });
    const response = await request(app.callback()).get('/');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('invalid_token');
    expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
  });

  it('adds Retry-After to rate_limited and store_unavailable', async () => {
    const limited = createTestApp(() => {
      throw new RateLimitedError(42.2);
    });
    const down = createTestApp(() => {
      throw new StoreUnavailableError(new Error('ECONNREFUSED'));
    });
    const limitedResponse = await request(limited.app.callback()).get('/');
    const downResponse = await request(down.app.callback()).get('/');
    expect([limitedResponse.status, limitedResponse.body.error.code]).toEqual([
      429,
      'rate_limited',
    ]);
    expect(limitedResponse.headers['retry-after']).toBe('43');
    expect([downResponse.status, downResponse.body.error.code]).toEqual([503, 'store_unavailable']);
    expect(downResponse.headers['retry-after']).toBe('1');
    expect(downResponse.text).not.toContain('ECONNREFUSED');
  });

  it('answers an unexpected TypeError with 500 internal_error, no stack, and emits it', async () => {
    const { app, emittedErrors } = createTestApp(() => {
      throw new TypeError('Cannot read properties of undefined (reading "secretThing")');
    });
    const response = await request(app.callback()).get('/');
    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      error: { code: 'internal_error', message: expect.any(String) },
    });
    expect(response.text).not.toMatch(/secretThing|TypeError|at .*\.ts/);
    expect(emittedErrors).toHaveLength(1);
  });

  it.each([
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [405, 'method_not_allowed'],
    [413, 'payload_too_large'],
    [415, 'unsupported_media_type'],
    [422, 'validation_failed'],
  ])('maps ctx.throw(%i) to %s with a generic message', async (status, code) => {
    const { app, emittedErrors } = createTestApp((ctx) => ctx.throw(status, 'internal detail'));
    const response = await request(app.callback()).get('/');
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.text).not.toContain('internal detail');
    expect(emittedErrors).toHaveLength(0);
  });

  it('maps a koa-style 5xx to 500 internal_error', async () => {
    const { app, emittedErrors } = createTestApp((ctx) => ctx.throw(502, 'upstream'));
    const response = await request(app.callback()).get('/');
    expect([response.status, response.body.error.code]).toEqual([500, 'internal_error']);
    expect(emittedErrors).toHaveLength(1);
  });

  it('answers a request no route handled with 404 not_found in JSON', async () => {
    const { app } = createTestApp();
    const response = await request(app.callback()).get('/nowhere');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('keeps the Allow header of a 405 set without a body', async () => {
    const { app } = createTestApp((ctx) => {
      ctx.status = 405;
      ctx.set('Allow', 'GET');
    });
    const response = await request(app.callback()).post('/').set('X-Requested-With', 'authlab');
    expect(response.body.error.code).toBe('method_not_allowed');
    expect(response.headers.allow).toBe('GET');
  });
});

describe('logAppErrors()', () => {
  function collectLevels(error: unknown): string[] {
    const levels: string[] = [];
    const logger = createLogger({
      level: 'debug',
      name: 'test',
      write: (line) => levels.push(JSON.parse(line).level),
    });
    logAppErrors(logger)(error);
    return levels;
  }

  it('logs a store outage at debug level only', () => {
    expect(collectLevels(new StoreUnavailableError())).toEqual(['debug']);
  });

  it('logs anything else as an error', () => {
    expect(collectLevels(new TypeError('boom'))).toEqual(['error']);
  });
});
