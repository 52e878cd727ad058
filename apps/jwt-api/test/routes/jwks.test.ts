import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { http, stepIdsOf } from '@authlab/http/testing/http';
import { createTestClock } from '@authlab/http/testing/test-defaults';
import { describe, expect, it } from 'vitest';
import {
  buildTestApp,
  generateEs256PrivateKeyPem,
  mintLogin,
  publicKeyPemOf,
} from '../helpers/build-test-app.ts';
import { bearer, decodePart, JANE } from '../helpers/http.ts';

describe('GET /.well-known/jwks.json', () => {
  it('answers 404 in HS256 mode: a shared secret has no public part', async () => {
    const api = http(buildTestApp());

    const response = await api.get('/.well-known/jwks.json');

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('lists the public parts of the current and previous keys, never a private member', async () => {
    const previousPem = generateEs256PrivateKeyPem();
    const testApp = buildTestApp({
      env: {
        JWT_ALGORITHM: 'ES256',
        JWT_PRIVATE_KEY: generateEs256PrivateKeyPem(),
        JWT_PREVIOUS_PUBLIC_KEYS: publicKeyPemOf(previousPem).replace(/\n/g, '\\n'),
      },
    });

    const response = await http(testApp).get('/.well-known/jwks.json');

    expect(response.status).toBe(200);
    expect(stepIdsOf(response)).toEqual(['jwt.jwks.respond']);
    const published: JsonWebKey[] = response.body.keys;
    expect(published).toHaveLength(2);
    expect(published[0]?.kid).toBe(testApp.keys.signingKey.kid);
    for (const jwk of published) {
      expect(Object.keys(jwk).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y']);
      expect(jwk).not.toHaveProperty('d');
      expect(createPublicKey({ key: jwk, format: 'jwk' }).type).toBe('public');
    }
  });

  it('keeps tokens signed with a previous key valid after a rotation, by kid', async () => {
    const clock = createTestClock();
    const oldKeyPem = generateEs256PrivateKeyPem();
    const before = buildTestApp({
      clock,
      env: { JWT_ALGORITHM: 'ES256', JWT_PRIVATE_KEY: oldKeyPem },
    });
    const oldLogin = await mintLogin(before, JANE.id);
    const rotated = buildTestApp({
      clock,
      database: before.database,
      revocationStore: before.revocationStore,
      env: {
        JWT_ALGORITHM: 'ES256',
        JWT_PRIVATE_KEY: generateEs256PrivateKeyPem(),
        JWT_PREVIOUS_PUBLIC_KEYS: publicKeyPemOf(oldKeyPem),
      },
    });
    const newLogin = await mintLogin(rotated, JANE.id);

    expect(decodePart(newLogin.accessToken, 0).kid).not.toBe(
      decodePart(oldLogin.accessToken, 0).kid,
    );
    expect((await http(rotated).get('/me').set(bearer(oldLogin.accessToken))).status).toBe(200);
    expect((await http(rotated).get('/me').set(bearer(newLogin.accessToken))).status).toBe(200);
    // Once the previous key is dropped from the configuration, its tokens stop verifying.
    const withoutPrevious = buildTestApp({
      clock,
      database: before.database,
      revocationStore: before.revocationStore,
      env: { JWT_ALGORITHM: 'ES256', JWT_PRIVATE_KEY: generateEs256PrivateKeyPem() },
    });
    const refused = await http(withoutPrevious).get('/me').set(bearer(oldLogin.accessToken));
    expect(refused.status).toBe(401);
  });
});
