import { createHmac, createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  exportPublicJwk,
  generateAttackerKeyPair,
  publicJwkToPem,
} from '../../src/forgery/attacker-keys.ts';
import { splitCompact } from '../../src/forgery/jose-segments.ts';
import { signCompact } from '../../src/forgery/sign-compact.ts';

const header = { alg: 'HS256', typ: 'at+jwt' };
const payload = { sub: '42', role: 'user', name: 'Jöhn' };

function signingInputOf(token: string): string {
  return token.split('.').slice(0, 2).join('.');
}

describe('signCompact', () => {
  it('encodes header and payload as base64url JSON that splitCompact reads back', async () => {
    const parts = splitCompact(await signCompact(header, payload, { kind: 'none' }));

    expect(parts?.header).toEqual(header);
    expect(parts?.payload).toEqual(payload);
    expect(parts?.signature).toBe('');
  });

  it('signs HS256 exactly as Node does', async () => {
    const token = await signCompact(header, payload, {
      kind: 'hmac',
      secret: new TextEncoder().encode('secret'),
    });

    const expected = createHmac('sha256', 'secret')
      .update(signingInputOf(token))
      .digest('base64url');
    expect(token.split('.')[2]).toBe(expected);
  });

  it('signs HS256 with an empty key as Node does (the /dev/null key)', async () => {
    const token = await signCompact(header, payload, { kind: 'hmac', secret: new Uint8Array(0) });

    const expected = createHmac('sha256', '').update(signingInputOf(token)).digest('base64url');
    expect(token.split('.')[2]).toBe(expected);
  });

  it('signs ES256 as R || S, verifiable with the public key', async () => {
    const pair = await generateAttackerKeyPair();
    const token = await signCompact({ alg: 'ES256' }, payload, {
      kind: 'es256',
      privateKey: pair.privateKey,
    });
    const jwk = await exportPublicJwk(pair.publicKey, 'k');

    const ok = verify(
      'sha256',
      Buffer.from(signingInputOf(token)),
      { key: createPublicKey({ key: jwk as never, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
      Buffer.from(token.split('.')[2] ?? '', 'base64url'),
    );
    expect(ok).toBe(true);
  });

  it('keeps the original signature over new content', async () => {
    const token = await signCompact(header, payload, { kind: 'original', signature: 'abc' });

    expect(token.endsWith('.abc')).toBe(true);
  });
});

describe('publicJwkToPem', () => {
  it("writes the same PEM text as Node's spki export", async () => {
    const pair = await generateAttackerKeyPair();
    const jwk = await exportPublicJwk(pair.publicKey, 'k');
    const nodePem = createPublicKey({ key: jwk as never, format: 'jwk' })
      .export({ type: 'spki', format: 'pem' })
      .toString();

    expect(publicJwkToPem(jwk)).toBe(nodePem);
  });

  it('exports only the public members of the attacker key', async () => {
    const pair = await generateAttackerKeyPair();

    expect(Object.keys(await exportPublicJwk(pair.publicKey, 'k')).sort()).toEqual([
      'alg',
      'crv',
      'kid',
      'kty',
      'use',
      'x',
      'y',
    ]);
  });
});
