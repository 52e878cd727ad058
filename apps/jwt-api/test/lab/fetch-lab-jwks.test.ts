import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLabJwksFetcher } from '../../src/lab/fetch-lab-jwks.ts';

describe('createLabJwksFetcher', () => {
  let server: Server;
  let origin: string;
  let requests = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests += 1;
      if (request.url === '/redirect') {
        response.writeHead(302, { Location: 'http://example.com/' }).end();
        return;
      }
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ keys: [{ kid: 'a' }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches a JWK Set from the attacker origin', async () => {
    expect(await createLabJwksFetcher(origin)(`${origin}/jwks.json`)).toEqual({
      ok: true,
      jwks: { keys: [{ kid: 'a' }] },
    });
  });

  it.each([
    'https://example.com/jwks.json',
    'http://localhost:4002/jwks',
    'http://127.0.0.1:1/jwks.json',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s without making a request', async (url) => {
    const before = requests;

    expect(await createLabJwksFetcher(origin)(url)).toEqual({
      ok: false,
      refusal: 'jku_outside_lab',
    });
    expect(requests).toBe(before);
  });

  it('does not follow a redirect off the attacker origin', async () => {
    expect(await createLabJwksFetcher(origin)(`${origin}/redirect`)).toEqual({
      ok: false,
      refusal: 'jku_unreachable',
    });
  });
});
