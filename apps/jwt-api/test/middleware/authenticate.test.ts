import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { CSRF_HEADERS, http, stepsOf } from '@authlab/http/testing/http';
import { createTestClock } from '@authlab/http/testing/test-defaults';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeJwkThumbprint } from '../../src/keys/jwk-thumbprint.ts';
import {
  buildTestApp,
  generateEs256PrivateKeyPem,
  type MintedLogin,
  mintLogin,
} from '../helpers/build-test-app.ts';
import { forgeToken } from '../helpers/forge-token.ts';
import { bearer, decodePart, expectInvalidToken, JANE } from '../helpers/http.ts';

type Json = Record<string, unknown>;

/** koa-jwt refused it: no key for the header, bad signature, wrong iss/aud, exp/nbf, garbage. */
const VERIFY_FAILED = ['jwt.auth.verify-token:failed', 'jwt.auth.reject'];
/** Verified, but isRevoked cannot look it up (a claim it needs is missing): fail closed. */
const LOOKUP_FAILED = [
  'jwt.auth.verify-token',
  'jwt.auth.check-revocation:failed',
  'jwt.auth.reject',
];
/** Verified and not revoked, but not a complete access token. */
const CLAIMS_FAILED = [
  'jwt.auth.verify-token',
  'jwt.auth.check-revocation',
  'jwt.auth.check-claims:failed',
  'jwt.auth.reject',
];

function withoutClaim(claims: Json, name: string): Json {
  const { [name]: _removed, ...rest } = claims;
  return rest;
}

describe('hostile tokens (HS256)', () => {
  const clock = createTestClock();
  const testApp = buildTestApp({ clock });
  afterAll(() => testApp.close());
  const { keys } = testApp;
  const api = http(testApp);
  let login: MintedLogin;
  let header: Json;
  let claims: Json;
  const signWithServerKey = (h: Json, p: Json) =>
    forgeToken(h, p, { kind: 'hmac', key: keys.signingKey.key });
  const callMe = (token: string) => api.get('/me').set(bearer(token));

  beforeAll(async () => {
    login = await mintLogin(testApp, JANE.id);
    header = decodePart(login.accessToken, 0);
    claims = decodePart(login.accessToken, 1);
  });

  it('accepts the untouched token and a re-signed copy of it (control)', async () => {
    expect((await callMe(login.accessToken)).status).toBe(200);
    expect((await callMe(signWithServerKey(header, claims))).status).toBe(200);
  });

  it.each(['none', 'None', 'NONE', 'nOnE'])(
    'refuses an unsigned token with alg %s, with and without a trailing signature',
    async (alg) => {
      const unsigned = { ...header, alg };
      const forgedAdmin = { ...claims, role: 'admin' };
      for (const token of [
        forgeToken(unsigned, forgedAdmin, { kind: 'none' }),
        forgeToken(withoutClaim(unsigned, 'kid'), forgedAdmin, { kind: 'none' }),
        forgeToken(unsigned, forgedAdmin, { kind: 'hmac', key: keys.signingKey.key }),
        forgeToken(unsigned, forgedAdmin, { kind: 'raw', value: 'c2lnbmF0dXJl' }),
      ]) {
        const response = await callMe(token);
        expectInvalidToken(response);
        expect(stepsOf(response)).toEqual(VERIFY_FAILED);
      }
    },
  );

  it('refuses a token whose signature was stripped', async () => {
    const [h, p] = login.accessToken.split('.');
    expectInvalidToken(await callMe(`${h}.${p}.`));
    expectInvalidToken(await callMe(`${h}.${p}`));
  });

  it('refuses a token whose signature was altered', async () => {
    const [h, p, signature = ''] = login.accessToken.split('.');
    const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;

    const response = await callMe(`${h}.${p}.${flipped}`);

    expectInvalidToken(response);
    expect(stepsOf(response)).toEqual(VERIFY_FAILED);
  });

  it('refuses a token whose payload was tampered with (role: admin)', async () => {
    const [h, , signature] = login.accessToken.split('.');
    const tampered = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString(
      'base64url',
    );

    expectInvalidToken(await api.get('/users').set(bearer(`${h}.${tampered}.${signature}`)));
  });

  it.each([
    ['iss', { iss: 'https://attacker.example' }],
    ['aud', { aud: 'authlab-refresh' }],
    ['exp (string)', { exp: 'never' }],
  ])('refuses in koa-jwt a correctly signed token with a wrong %s', async (_name, override) => {
    const response = await callMe(signWithServerKey(header, { ...claims, ...override }));

    expectInvalidToken(response);
    expect(stepsOf(response)).toEqual(VERIFY_FAILED);
  });

  it.each([
    // jsonwebtoken accepts an aud array that contains ours; the claims check wants exactly ours.
    ['aud (array)', { aud: ['authlab-api', 'someone-else'] }],
    ['role', { role: 'root' }],
  ])(
    'refuses at the claims check a correctly signed token with a wrong %s',
    async (_n, override) => {
      const response = await callMe(signWithServerKey(header, { ...claims, ...override }));

      expectInvalidToken(response);
      expect(stepsOf(response)).toEqual(CLAIMS_FAILED);
    },
  );

  it.each(['iss', 'aud'])(
    'refuses in koa-jwt a correctly signed token without %s',
    async (name) => {
      const response = await callMe(signWithServerKey(header, withoutClaim(claims, name)));

      expectInvalidToken(response);
      expect(stepsOf(response)).toEqual(VERIFY_FAILED);
    },
  );

  it.each(['iat', 'jti', 'sub', 'ver', 'fid'])(
    'refuses at the revocation lookup a correctly signed token without %s (fail closed)',
    async (name) => {
      const response = await callMe(signWithServerKey(header, withoutClaim(claims, name)));

      expectInvalidToken(response);
      expect(stepsOf(response)).toEqual(LOOKUP_FAILED);
    },
  );

  it('refuses at the claims check a correctly signed token without exp', async () => {
    // jsonwebtoken skips the expiry check when exp is absent: "never expires" is refused here.
    const response = await callMe(signWithServerKey(header, withoutClaim(claims, 'exp')));

    expectInvalidToken(response);
    expect(stepsOf(response)).toEqual(CLAIMS_FAILED);
  });

  it('refuses at the claims check a correctly signed token without typ at+jwt', async () => {
    for (const typ of [undefined, 'JWT', 'rt+jwt']) {
      const response = await callMe(signWithServerKey({ ...header, typ }, claims));
      expectInvalidToken(response);
      expect(stepsOf(response)).toEqual(CLAIMS_FAILED);
    }
  });

  it('refuses a refresh token used as an access token (its aud)', async () => {
    const response = await callMe(login.refreshToken);

    expectInvalidToken(response);
    expect(stepsOf(response)).toEqual(VERIFY_FAILED);
  });

  it('refuses an access token used as a refresh token', async () => {
    const response = await api
      .post('/refresh')
      .set(CSRF_HEADERS)
      .send({ refresh_token: login.accessToken });

    expectInvalidToken(response);
  });

  it.each(['../../dev/null', "' OR 1=1 --", '__proto__', ''])(
    'refuses an injected kid %j',
    async (kid) => {
      for (const key of ['', Buffer.alloc(0), keys.signingKey.key]) {
        const response = await callMe(
          forgeToken({ ...header, kid }, claims, { kind: 'hmac', key }),
        );
        expectInvalidToken(response);
        expect(stepsOf(response)).toEqual(VERIFY_FAILED);
      }
    },
  );

  it('refuses a token with a crit header it does not understand (RFC 7515 §4.1.11)', async () => {
    const response = await callMe(signWithServerKey({ ...header, crit: ['exp'] }, claims));

    expectInvalidToken(response);
  });

  it('ignores a token in the query string', async () => {
    const response = await api.get(
      `/me?access_token=${login.accessToken}&token=${login.accessToken}`,
    );

    expectInvalidToken(response);
    expect(stepsOf(response)).toEqual(['jwt.auth.verify-token:absent', 'jwt.auth.reject']);
  });

  it('refuses a token expired beyond the 5 s clock tolerance', async () => {
    const fresh = await mintLogin(testApp, JANE.id);
    const startMs = clock.now();
    try {
      clock.advanceSeconds(900 + 4);
      expect((await callMe(fresh.accessToken)).status).toBe(200);
      clock.advanceSeconds(2);
      const response = await callMe(fresh.accessToken);
      expectInvalidToken(response);
      expect(stepsOf(response)).toEqual(['jwt.auth.verify-token:expired', 'jwt.auth.reject']);
    } finally {
      clock.set(startMs);
    }
  });

  it('refuses a token whose nbf is in the future', async () => {
    const nbf = Math.floor(clock.now() / 1000) + 60;

    const response = await callMe(signWithServerKey(header, { ...claims, nbf }));

    expectInvalidToken(response);
    expect(stepsOf(response)).toEqual(VERIFY_FAILED);
  });

  it('refuses malformed tokens', async () => {
    for (const token of ['abc', 'a.b.c', '..', 'e30.e30.e30', `${'A'.repeat(100)}.x.y`]) {
      const response = await callMe(token);
      expectInvalidToken(response);
      expect(stepsOf(response)).toEqual(VERIFY_FAILED);
    }
  });
});

describe('hostile tokens (ES256)', () => {
  const testApp = buildTestApp({
    env: { JWT_ALGORITHM: 'ES256', JWT_PRIVATE_KEY: generateEs256PrivateKeyPem() },
  });
  afterAll(() => testApp.close());
  const { keys } = testApp;
  const api = http(testApp);
  const attacker = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const attackerJwk = attacker.publicKey.export({ format: 'jwk' });
  let login: MintedLogin;
  let header: Json;
  let claims: Json;
  const callMe = (token: string) => api.get('/me').set(bearer(token));

  beforeAll(async () => {
    login = await mintLogin(testApp, JANE.id);
    header = decodePart(login.accessToken, 0);
    claims = { ...decodePart(login.accessToken, 1), role: 'admin' };
  });

  it('accepts the untouched ES256 token (control)', async () => {
    expect(header.alg).toBe('ES256');
    expect((await callMe(login.accessToken)).status).toBe(200);
  });

  it('refuses an HS256 token signed with the public key (algorithm confusion)', async () => {
    const publicKey = createPublicKey(keys.signingKey.key);
    const publicPem = publicKey.export({ format: 'pem', type: 'spki' });
    const publicDer = publicKey.export({ format: 'der', type: 'spki' });
    for (const key of [publicPem, publicDer, JSON.stringify(keys.jwks?.keys[0])]) {
      const response = await callMe(
        forgeToken({ ...header, alg: 'HS256' }, claims, { kind: 'hmac', key }),
      );
      expectInvalidToken(response);
      expect(stepsOf(response)).toEqual(VERIFY_FAILED);
    }
  });

  it('refuses a token signed with an attacker key embedded in a jwk header', async () => {
    const token = forgeToken(
      {
        alg: 'ES256',
        typ: 'at+jwt',
        kid: computeJwkThumbprint(attacker.publicKey),
        jwk: attackerJwk,
      },
      claims,
      { kind: 'es256', key: attacker.privateKey },
    );

    expectInvalidToken(await callMe(token));
  });

  it('refuses a token whose jku or x5u points at an attacker key set, even with our kid', async () => {
    for (const extra of [
      { jku: 'https://attacker.example/jwks.json' },
      { x5u: 'https://attacker.example/cert.pem' },
      { jwk: attackerJwk },
    ]) {
      const token = forgeToken({ ...header, ...extra }, claims, {
        kind: 'es256',
        key: attacker.privateKey,
      });
      const response = await callMe(token);
      expectInvalidToken(response);
      expect(stepsOf(response)).toEqual(VERIFY_FAILED);
    }
  });

  it('refuses unsigned alg none tokens in ES256 mode too', async () => {
    expectInvalidToken(
      await callMe(forgeToken({ ...header, alg: 'none' }, claims, { kind: 'none' })),
    );
  });
});
