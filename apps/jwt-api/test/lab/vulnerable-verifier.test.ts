import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JwksFetcher } from '../../src/lab/fetch-lab-jwks.ts';
import {
  createKeyFiles,
  type KeyMaterial,
  WEAK_KEY_ID,
  WEAK_SECRET,
} from '../../src/lab/vulnerable-key-files.ts';
import { decodeNaively, verifyNaively } from '../../src/lab/vulnerable-verifier.ts';
import { forgeToken } from '../helpers/forge-token.ts';

const claims = { sub: '43', role: 'admin' };
const secret = randomBytes(32);
const hsKey: KeyMaterial = { kind: 'secret', bytes: secret };
const esPair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const esKey: KeyMaterial = { kind: 'public', key: esPair.publicKey };
const noFetch: JwksFetcher = async () => ({ ok: false, refusal: 'jku_outside_lab' });

function depsFor(serverKey: KeyMaterial, fetchJwks: JwksFetcher = noFetch) {
  return { serverKey, keyFiles: createKeyFiles('server-kid', serverKey), fetchJwks };
}

describe('createKeyFiles', () => {
  const files = createKeyFiles('server-kid', hsKey);

  it('reads a key file inside the directory by kid', () => {
    expect(files.readByKid('server-kid')).toMatchObject({ escapedDirectory: false, key: hsKey });
  });

  it('resolves a traversal kid to /dev/null, outside the directory, with an empty key', () => {
    const read = files.readByKid('../../../../../dev/null');

    expect(read.path).toBe('/dev/null');
    expect(read.escapedDirectory).toBe(true);
    expect(read.key).toEqual({ kind: 'secret', bytes: new Uint8Array(0) });
  });

  it('shows the path a real server would read, but reads nothing it does not simulate', () => {
    expect(files.readByKid('../../../../etc/passwd')).toEqual({
      path: '/etc/passwd',
      escapedDirectory: true,
      key: null,
    });
  });
});

describe('verifyNaively', () => {
  it('accepts a genuine HS256 token with no mistake', async () => {
    const token = forgeToken({ alg: 'HS256', kid: 'server-kid' }, claims, {
      kind: 'hmac',
      key: secret,
    });

    expect(await verifyNaively(token, depsFor(hsKey))).toMatchObject({
      accepted: true,
      mistakes: [],
      key_source: { kind: 'key-file', escaped_directory: false },
    });
  });

  it.each(['none', 'None', 'NONE', 'nOnE'])('accepts alg %s without a signature', async (alg) => {
    const verdict = await verifyNaively(
      forgeToken({ alg }, claims, { kind: 'none' }),
      depsFor(hsKey),
    );

    expect(verdict).toMatchObject({ accepted: true, mistakes: ['trusted-alg-none'] });
  });

  it('accepts HS256 keyed with the ES256 public key PEM (algorithm confusion)', async () => {
    const pem = esPair.publicKey.export({ type: 'spki', format: 'pem' });
    const token = forgeToken({ alg: 'HS256' }, claims, { kind: 'hmac', key: pem });

    expect(await verifyNaively(token, depsFor(esKey))).toMatchObject({
      accepted: true,
      mistakes: ['alg-confusion'],
    });
  });

  it('accepts a key embedded in the jwk header', async () => {
    const attacker = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = createPublicKey(attacker.privateKey).export({ format: 'jwk' });
    const token = forgeToken({ alg: 'ES256', jwk }, claims, {
      kind: 'es256',
      key: attacker.privateKey,
    });

    expect(await verifyNaively(token, depsFor(hsKey))).toMatchObject({
      accepted: true,
      mistakes: ['trusted-embedded-jwk'],
    });
  });

  it('accepts a key from the JWK Set a jku names, by kid', async () => {
    const attacker = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = { ...attacker.publicKey.export({ format: 'jwk' }), kid: 'a' };
    const fetchJwks: JwksFetcher = async () => ({ ok: true, jwks: { keys: [jwk] } });
    const token = forgeToken({ alg: 'ES256', kid: 'a', jku: 'http://127.0.0.1:1/k' }, claims, {
      kind: 'es256',
      key: attacker.privateKey,
    });

    expect(await verifyNaively(token, depsFor(hsKey, fetchJwks))).toMatchObject({
      accepted: true,
      mistakes: ['trusted-jku'],
      key_source: { kind: 'jku', url: 'http://127.0.0.1:1/k' },
    });
  });

  it('refuses a jku its fetcher refuses', async () => {
    const token = forgeToken({ alg: 'HS256', jku: 'https://example.com/k' }, claims, {
      kind: 'none',
    });

    expect(await verifyNaively(token, depsFor(hsKey))).toMatchObject({
      accepted: false,
      refusal: 'jku_outside_lab',
    });
  });

  it('accepts an empty-key HMAC with a kid that climbs to /dev/null', async () => {
    const token = forgeToken({ alg: 'HS256', kid: '../../../../dev/null' }, claims, {
      kind: 'hmac',
      key: '',
    });

    expect(await verifyNaively(token, depsFor(hsKey))).toMatchObject({
      accepted: true,
      mistakes: ['kid-path-traversal'],
      key_source: { kind: 'key-file', path: '/dev/null', escaped_directory: true },
    });
  });

  it('accepts a token signed with its weak key file', async () => {
    const token = forgeToken({ alg: 'HS256', kid: WEAK_KEY_ID }, claims, {
      kind: 'hmac',
      key: WEAK_SECRET,
    });

    expect(await verifyNaively(token, depsFor(hsKey))).toMatchObject({
      accepted: true,
      mistakes: ['weak-secret'],
    });
  });

  it('refuses a tampered payload under the original signature', async () => {
    const genuine = forgeToken(
      { alg: 'HS256' },
      { sub: '43', role: 'user' },
      {
        kind: 'hmac',
        key: secret,
      },
    );
    const [h, , signature] = genuine.split('.');
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');

    expect(await verifyNaively(`${h}.${payload}.${signature}`, depsFor(hsKey))).toMatchObject({
      accepted: false,
      refusal: 'bad_signature',
      mistakes: [],
    });
  });

  it('refuses an algorithm it does not know, and a token that is not a JWS', async () => {
    const rs = forgeToken({ alg: 'RS256' }, claims, { kind: 'none' });

    expect((await verifyNaively(rs, depsFor(hsKey))).refusal).toBe('unsupported_alg');
    expect((await verifyNaively('not-a-token', depsFor(hsKey))).refusal).toBe('malformed');
  });
});

describe('decodeNaively', () => {
  it('accepts any readable token, signature or not', () => {
    const token = forgeToken({ alg: 'HS256' }, claims, { kind: 'raw', value: 'bogus' });

    expect(decodeNaively(token)).toMatchObject({
      accepted: true,
      mistakes: ['decoded-without-verifying'],
      payload: claims,
    });
  });
});
