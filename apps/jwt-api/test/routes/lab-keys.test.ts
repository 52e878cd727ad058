/**
 * The lab's key rotation on a signer: a new kid signs, the previous key keeps verifying what it
 * signed. The verifier's side (a real signer over a socket) is in test/verifier.test.ts.
 */
import { CSRF_HEADERS, http } from '@authlab/http/testing/http';
import { describe, expect, it } from 'vitest';
import { computeJwkThumbprint } from '../../src/keys/jwk-thumbprint.ts';
import {
  buildTestApp,
  generateEs256PrivateKeyPem,
  mintLogin,
  type TestApp,
} from '../helpers/build-test-app.ts';
import { bearer, decodePart, JOHN } from '../helpers/http.ts';

describe('POST /lab/keys/rotate', () => {
  const es256 = () =>
    buildTestApp({
      env: { JWT_ALGORITHM: 'ES256', JWT_PRIVATE_KEY: generateEs256PrivateKeyPem() },
    });
  const rotate = (testApp: TestApp) =>
    http(testApp).post('/lab/keys/rotate').set(CSRF_HEADERS).send({});

  it('signs with a new key: a new kid, its RFC 7638 thumbprint, first in the JWKS', async () => {
    const testApp = es256();
    const previousKid = testApp.keys.signingKey.kid;

    const response = await rotate(testApp);
    const jwks = await http(testApp).get('/.well-known/jwks.json');

    expect(response.status).toBe(200);
    expect(response.body.previous_kid).toBe(previousKid);
    expect(response.body.kid).toBe(computeJwkThumbprint(testApp.keys.signingKey.key));
    expect(jwks.body.keys.map((jwk: { kid: string }) => jwk.kid)).toEqual([
      response.body.kid,
      previousKid,
    ]);
  });

  it('keeps accepting a token signed before the rotation', async () => {
    const testApp = es256();
    const before = await mintLogin(testApp, JOHN.id);

    await rotate(testApp);

    expect((await http(testApp).get('/me').set(bearer(before.accessToken))).status).toBe(200);
  });

  it('issues tokens that carry the new kid', async () => {
    const testApp = es256();
    const rotated = (await rotate(testApp)).body.kid;

    const after = await mintLogin(testApp, JOHN.id);

    expect(decodePart(after.accessToken, 0).kid).toBe(rotated);
  });

  it('answers 404 not_found in HS256 mode: one instance cannot rotate a shared secret alone', async () => {
    const testApp = buildTestApp();

    const response = await rotate(testApp);

    expect([response.status, response.body.error.code]).toEqual([404, 'not_found']);
    expect(response.body.error.message).toContain('every instance');
  });

  it('is absent in production', async () => {
    const testApp = buildTestApp({
      env: {
        NODE_ENV: 'production',
        LAB_ENABLED: 'false',
        JWT_ALGORITHM: 'ES256',
        JWT_PRIVATE_KEY: generateEs256PrivateKeyPem(),
      },
    });
    const kid = testApp.keys.signingKey.kid;

    expect((await rotate(testApp)).status).toBe(404);
    expect(testApp.keys.signingKey.kid).toBe(kid);
  });
});
