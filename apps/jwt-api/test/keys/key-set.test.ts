import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeJwkThumbprint } from '../../src/keys/jwk-thumbprint.ts';
import { createKeySet, MAX_PREVIOUS_KEYS, MAX_REMEMBERED_HEADERS } from '../../src/keys/key-set.ts';
import {
  generateEs256PrivateKeyPem,
  publicKeyPemOf,
  TEST_JWT_SECRET,
} from '../helpers/build-test-app.ts';

function encodeHeader(header: object): string {
  return Buffer.from(JSON.stringify(header)).toString('base64url');
}

describe('createKeySet', () => {
  it('names an HS256 key by its RFC 7638 thumbprint and publishes nothing', () => {
    const keys = createKeySet({ algorithm: 'HS256', secret: TEST_JWT_SECRET });
    const k = Buffer.from(TEST_JWT_SECRET).toString('base64url');
    const expected = createHash('sha256').update(`{"k":"${k}","kty":"oct"}`).digest('base64url');

    expect(keys.signingKey.kid).toBe(expected);
    expect(keys.jwks).toBeNull();
    expect(keys.verificationKeys[0]?.publicJwk).toBeNull();
  });

  it('names an EC key by the thumbprint of crv, kty, x, y in that order', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const { crv, kty, x, y } = publicKey.export({ format: 'jwk' });
    const expected = createHash('sha256')
      .update(JSON.stringify({ crv, kty, x, y }))
      .digest('base64url');

    expect(computeJwkThumbprint(publicKey)).toBe(expected);
  });

  it('finds a key only by its kid and only for its own algorithm', () => {
    const keys = createKeySet({ algorithm: 'HS256', secret: TEST_JWT_SECRET });
    const { kid } = keys.signingKey;

    expect(keys.findVerificationKey({ alg: 'HS256', kid })).toBe(keys.signingKey.key);
    expect(keys.findVerificationKey({ alg: 'HS384', kid })).toBeNull();
    expect(keys.findVerificationKey({ alg: 'none', kid })).toBeNull();
    expect(keys.findVerificationKey({ alg: 'HS256' })).toBeNull();
    expect(keys.findVerificationKey({ alg: 'HS256', kid: 'other' })).toBeNull();
    expect(keys.findVerificationKey({ alg: 'HS256', kid, crit: ['b64'] })).toBeNull();
    expect(keys.findVerificationKey(null)).toBeNull();
  });

  it("serves as koa-jwt's secret function, called detached from the key set", () => {
    const keys = createKeySet({ algorithm: 'HS256', secret: TEST_JWT_SECRET });
    const secret = keys.findVerificationKey;

    expect(secret({ alg: 'HS256', kid: keys.signingKey.kid })).toBe(keys.signingKey.key);
  });

  it("finds a token's key from its header segment, the same on every call", () => {
    const keys = createKeySet({ algorithm: 'HS256', secret: TEST_JWT_SECRET });
    const token = `${encodeHeader({ alg: 'HS256', typ: 'at+jwt', kid: keys.signingKey.kid })}.e30.sig`;

    expect(keys.findKeyForToken(token)).toBe(keys.signingKey.key);
    expect(keys.findKeyForToken(token)).toBe(keys.signingKey.key);
  });

  it('refuses a token without a dot, with a header that is not JSON, or naming another key', () => {
    const keys = createKeySet({ algorithm: 'HS256', secret: TEST_JWT_SECRET });

    expect(keys.findKeyForToken('no-dot-at-all')).toBeNull();
    expect(keys.findKeyForToken('bm90IGpzb24.e30.sig')).toBeNull();
    expect(keys.findKeyForToken(`${encodeHeader({ alg: 'HS256', kid: 'x' })}.e30.sig`)).toBeNull();
    expect(
      keys.findKeyForToken(`${encodeHeader({ alg: 'none', kid: keys.signingKey.kid })}.e30.`),
    ).toBeNull();
  });

  it('still answers correctly past the number of headers it remembers', () => {
    const keys = createKeySet({ algorithm: 'HS256', secret: TEST_JWT_SECRET });
    const { kid } = keys.signingKey;
    // Crafted headers naming the right kid: more of them than are remembered.
    for (let index = 0; index < MAX_REMEMBERED_HEADERS + 8; index += 1) {
      const header = encodeHeader({ alg: 'HS256', kid, junk: index });
      expect(keys.findKeyForToken(`${header}.e30.sig`)).toBe(keys.signingKey.key);
    }
    const forged = `${encodeHeader({ alg: 'HS256', kid, crit: ['b64'] })}.e30.sig`;
    expect(keys.findKeyForToken(forged)).toBeNull();
  });

  it('verifies with the public key only and keeps previous keys for rotation', () => {
    const previousPem = generateEs256PrivateKeyPem();
    const keys = createKeySet({
      algorithm: 'ES256',
      privateKeyPem: generateEs256PrivateKeyPem(),
      previousPublicKeyPems: [publicKeyPemOf(previousPem), publicKeyPemOf(previousPem)],
    });

    expect(keys.verificationKeys.map((key) => key.current)).toEqual([true, false]);
    expect(keys.verificationKeys.every((key) => key.key.type === 'public')).toBe(true);
    expect(keys.signingKey.key.type).toBe('private');
    expect(JSON.stringify(keys.jwks)).not.toContain('"d"');
  });

  it('never accepts a symmetric key for ES256', () => {
    const keys = createKeySet({ algorithm: 'ES256', privateKeyPem: generateEs256PrivateKeyPem() });
    const { kid } = keys.signingKey;

    expect(keys.findVerificationKey({ alg: 'HS256', kid })).toBeNull();
    expect(keys.findVerificationKey({ alg: 'ES256', kid })?.type).toBe('public');
  });
});

describe('KeySet.rotate', () => {
  it(`keeps the signing key and at most ${MAX_PREVIOUS_KEYS} retired ones, newest first`, () => {
    const keys = createKeySet({ algorithm: 'ES256', privateKeyPem: generateEs256PrivateKeyPem() });
    const kids = [keys.signingKey.kid];
    for (let rotation = 0; rotation <= MAX_PREVIOUS_KEYS; rotation += 1) {
      keys.rotate(generateEs256PrivateKeyPem());
      kids.unshift(keys.signingKey.kid);
    }

    expect(keys.verificationKeys.map((key) => key.kid)).toEqual(
      kids.slice(0, MAX_PREVIOUS_KEYS + 1),
    );
    expect(keys.verificationKeys.map((key) => key.current)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('refuses the oldest key once it was dropped, even for a header it had remembered', () => {
    const keys = createKeySet({ algorithm: 'ES256', privateKeyPem: generateEs256PrivateKeyPem() });
    const firstHeader = encodeHeader({ alg: 'ES256', kid: keys.signingKey.kid });
    expect(keys.findKeyForToken(`${firstHeader}.e30.sig`)).not.toBeNull();

    for (let rotation = 0; rotation <= MAX_PREVIOUS_KEYS; rotation += 1) {
      keys.rotate(generateEs256PrivateKeyPem());
    }

    expect(keys.findKeyForToken(`${firstHeader}.e30.sig`)).toBeNull();
  });

  it('throws in HS256 mode: a shared secret is rotated on every instance at once', () => {
    const keys = createKeySet({ algorithm: 'HS256', secret: TEST_JWT_SECRET });

    expect(() => keys.rotate(generateEs256PrivateKeyPem())).toThrow(/ES256/);
  });
});
