import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/create-test-app.ts';

function createEchoApp() {
  return createTestApp((ctx) => {
    ctx.body = { received: ctx.request.body };
  }).app;
}

describe('readJsonBody()', () => {
  it('parses an application/json body with a charset', async () => {
    const response = await request(createEchoApp().callback())
      .post('/')
      .set('Content-Type', 'application/json; charset=utf-8')
      .send('{"email":"john@example.com"}');
    expect(response.status).toBe(200);
    expect(response.body.received).toEqual({ email: 'john@example.com' });
  });

  it('gives an empty body as {}', async () => {
    const response = await request(createEchoApp().callback()).post('/');
    expect(response.body.received).toEqual({});
  });

  it('answers 413 payload_too_large for a 17 KiB body', async () => {
    const response = await request(createEchoApp().callback())
      .post('/')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ padding: 'x'.repeat(17 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
    expect(response.headers.connection).toBe('close');
  });

  it.each(['gzip', 'x-unknown'])(
    'answers 415 unsupported_media_type for Content-Encoding %s',
    async (encoding) => {
      const response = await request(createEchoApp().callback())
        .post('/')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', encoding)
        .send('{"a":1}');
      expect(response.status).toBe(415);
      expect(response.body.error.code).toBe('unsupported_media_type');
    },
  );

  it('answers 413 while reading a chunked body without Content-Length', async () => {
    const app = createTestApp((ctx) => {
      ctx.body = { received: ctx.request.body };
    }).app;
    const pending = request(app.callback())
      .post('/')
      .set('Content-Type', 'application/json')
      .set('Transfer-Encoding', 'chunked');
    pending.write(`{"padding":"${'x'.repeat(10 * 1024)}`);
    pending.write(`${'x'.repeat(10 * 1024)}"}`);
    const response = await pending;
    expect(response.status).toBe(413);
  });

  it.each([
    ['text/plain', '{"a":1}'],
    ['application/x-www-form-urlencoded', 'email=john%40example.com'],
    ['multipart/form-data; boundary=x', '--x--'],
    ['application/json; charset=latin1', '{"a":1}'],
  ])('answers 415 unsupported_media_type for %s', async (type, body) => {
    const response = await request(createEchoApp().callback())
      .post('/')
      .set('Content-Type', type)
      .send(body);
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_media_type');
  });

  it('answers 400 invalid_json for malformed JSON', async () => {
    const response = await request(createEchoApp().callback())
      .post('/')
      .set('Content-Type', 'application/json')
      .send('{bad');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_json');
  });

  it('answers 400 invalid_json for a body that is not UTF-8', async () => {
    const pending = request(createEchoApp().callback())
      .post('/')
      .set('Content-Type', 'application/json');
    pending.write(Buffer.from('{"password":"caf\xe9"}', 'latin1'));
    const response = await pending;
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_json');
  });

  it.each([
    ['a NUL in a string', '{"email":"john@example.com\\u0000"}'],
    ['a control character in a key', '{"e\\u0001":"x"}'],
    ['a __proto__ key', '{"__proto__":{"isAdmin":true}}'],
    ['a nested constructor key', '{"a":{"constructor":{"prototype":{}}}}'],
    ['nesting deeper than 20', `${'['.repeat(25)}${']'.repeat(25)}`],
    ['a bare string instead of an object', '"john@example.com"'],
  ])('answers 400 validation_failed for %s', async (_name, body) => {
    const response = await request(createEchoApp().callback())
      .post('/')
      .set('Content-Type', 'application/json')
      .send(body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('parses a body on DELETE', async () => {
    const response = await request(createEchoApp().callback())
      .delete('/')
      .set('Content-Type', 'application/json')
      .send('{"id":43}');
    expect(response.status).toBe(200);
    expect(response.body.received).toEqual({ id: 43 });
  });

  it('does not read a body on GET', async () => {
    const response = await request(createEchoApp().callback())
      .get('/')
      .set('Content-Type', 'text/plain')
      .send('ignored');
    expect(response.status).toBe(200);
    expect(response.body.received).toEqual({});
  });
});
