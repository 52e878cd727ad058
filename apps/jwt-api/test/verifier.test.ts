/**
 * A verifier (JWT_JWKS_URL) next to a real signer listening on a real socket: it accepts the
 * signer's tokens with keys it fetched from the signer's JWKS, picks up a rotated key, and fails
 * closed — 401 for a key it cannot find, 503 when it cannot reach the signer, never a bypass.
 */
import { createPublicKey } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CSRF_HEADERS, http, stepsOf } from '@authlab/http/testing/http';
import { createTestClock } from '@authlab/http/testing/test-defaults';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWKS_TIMEOUT_MS } from '../src/keys/jwks-key-loader.ts';
import {
  buildTestApp,
  buildVerifierTestApp,
  generateEs256PrivateKeyPem,
  mintLogin,
  type TestApp,
  type VerifierTestApp,
} from './helpers/build-test-app.ts';
import { forgeToken } from './helpers/forge-token.ts';
import { bearer, decodePart, expectInvalidToken, JOHN } from './helpers/http.ts';

const clock = createTestClock();
let signer: TestApp;
let server: Server;
let verifier: VerifierTestApp;

function listen(target: Server): Promise<string> {
  return new Promise((resolve) => {
    target.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(target.address() as AddressInfo).port}`);
    });
  });
}

beforeAll(async () => {
  signer = buildTestApp({
    clock,
    env: { JWT_ALGORITHM: 'ES256', JWT_PRIVATE_KEY: generateEs256PrivateKeyPem() },
  });
  server = createServer(signer.callback);
  verifier = buildVerifierTestApp(`${await listen(server)}/.well-known/jwks.json`, clock);
});
afterAll(() => {
  server.close();
  signer.close();
  verifier.close();
});

/** The signer's own claims and header, re-signed with the SIGNER'S key: only the header differs. */
function resignWithSignerKey(header: Record<string, unknown>, alg: 'ES256' | 'HS256' = 'ES256') {
  const key = signer.keys.signingKey.key;
  const claims = decodePart(signerToken, 1);
  if (alg === 'ES256')
    return forgeToken({ typ: 'at+jwt', alg, ...header }, claims, { kind: 'es256', key });
  const publicPem = createPublicKey(key).export({ format: 'pem', type: 'spki' });
  return forgeToken({ typ: 'at+jwt', alg, ...header }, claims, { kind: 'hmac', key: publicPem });
}
let signerToken = '';

describe('GET /me on a verifier', () => {
  beforeAll(async () => {
    signerToken = (await mintLogin(signer, JOHN.id)).accessToken;
  });

  it("answers 200 to the signer's token, with the key fetched from the signer's JWKS", async () => {
    const response = await http(verifier).get('/me').set(bearer(signerToken));

    expect([response.status, response.body.user.id]).toEqual([200, JOHN.id]);
  });

  it('answers 200 to the same token re-signed by hand: the forgery helper is faithful', async () => {
    const token = resignWithSignerKey({ kid: signer.keys.signingKey.kid });

    expect((await http(verifier).get('/me').set(bearer(token))).status).toBe(200);
  });

  it('answers 401 invalid_token to a kid the JWKS does not list, even after a refetch', async () => {
    const token = resignWithSignerKey({ kid: 'not-a-signer-key' });

    expectInvalidToken(await http(verifier).get('/me').set(bearer(token)));
  });

  it('answers 401 invalid_token to a token without a kid, though the JWKS has one key only', async () => {
    const token = resignWithSignerKey({});

    expectInvalidToken(await http(verifier).get('/me').set(bearer(token)));
  });

  it('answers 401 invalid_token to an HS256 token "signed" with the public key (algorithm confusion)', async () => {
    const token = resignWithSignerKey({ kid: signer.keys.signingKey.kid }, 'HS256');

    expectInvalidToken(await http(verifier).get('/me').set(bearer(token)));
  });
});

describe('the routes that issue tokens, on a verifier', () => {
  it.each(['/login', '/refresh', '/logout', '/logout-all', '/me/password'])(
    'POST %s answers 404 not_found: a verifier issues no token',
    async (path) => {
      const response = await http(verifier)
        .post(path)
        .set({ ...CSRF_HEADERS, ...bearer(signerToken) })
        .send({});

      expect([response.status, response.body.error.code]).toEqual([404, 'not_found']);
      expect(response.body).not.toHaveProperty('access_token');
    },
  );
});

describe('POST /lab/keys/rotate on a verifier', () => {
  it('answers 404 not_found: a verifier holds no key to rotate', async () => {
    const response = await http(verifier).post('/lab/keys/rotate').set(CSRF_HEADERS).send({});

    expect([response.status, response.body.error.code]).toEqual([404, 'not_found']);
  });
});

describe('POST /lab/keys/rotate on the signer, seen by a verifier', () => {
  it('keeps accepting the old token and accepts the new one, with its new kid', async () => {
    const before = (await mintLogin(signer, JOHN.id)).accessToken;
    const rotation = await http(signer).post('/lab/keys/rotate').set(CSRF_HEADERS).send({});
    const after = (await mintLogin(signer, JOHN.id)).accessToken;

    expect(rotation.status).toBe(200);
    expect(decodePart(after, 0).kid).toBe(rotation.body.kid);
    expect(decodePart(after, 0).kid).not.toBe(decodePart(before, 0).kid);
    for (const token of [before, after]) {
      expect((await http(verifier).get('/me').set(bearer(token))).status).toBe(200);
    }
  });
});

describe('GET /me on a verifier whose signer cannot be reached', () => {
  it('answers 503 jwks_unavailable with Retry-After when the JWKS URL refuses connections', async () => {
    const closed = createServer();
    const url = await listen(closed);
    closed.close();
    const lonely = buildVerifierTestApp(`${url}/.well-known/jwks.json`, clock);

    const response = await http(lonely).get('/me').set(bearer(signerToken));
    lonely.close();

    expect([response.status, response.body.error.code]).toEqual([503, 'jwks_unavailable']);
    expect(response.headers['retry-after']).toBe('1');
    expect(stepsOf(response)).toContain('jwt.auth.verify-token:unavailable');
  });

  it(
    'answers 503 jwks_unavailable, not a hang, when the signer never answers',
    async () => {
      // Accepts the connection, never writes a byte.
      const silent = createServer(() => {});
      const url = await listen(silent);
      const stuck = buildVerifierTestApp(`${url}/.well-known/jwks.json`, clock);

      const response = await http(stuck).get('/me').set(bearer(signerToken));
      stuck.close();
      silent.closeAllConnections();
      silent.close();

      expect([response.status, response.body.error.code]).toEqual([503, 'jwks_unavailable']);
    },
    JWKS_TIMEOUT_MS * 3,
  );
});
