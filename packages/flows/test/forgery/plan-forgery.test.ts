import { describe, expect, it } from 'vitest';
import { generateAttackerKeyPair } from '../../src/forgery/attacker-keys.ts';
import { FORGERIES, FORGERY_IDS } from '../../src/forgery/forgeries.ts';
import { splitCompact } from '../../src/forgery/jose-segments.ts';
import { planForgery, TRAVERSAL_KID } from '../../src/forgery/plan-forgery.ts';
import { signCompact } from '../../src/forgery/sign-compact.ts';

async function originalToken() {
  const token = await signCompact(
    { alg: 'HS256', typ: 'at+jwt', kid: 'server-kid' },
    { sub: '42', role: 'user' },
    { kind: 'hmac', secret: new TextEncoder().encode('server') },
  );
  const parts = splitCompact(token);
  if (parts === null) throw new Error('unreadable');
  return parts;
}

describe('FORGERIES', () => {
  it('describes every forgery id once', () => {
    expect(FORGERIES.map((forgery) => forgery.id)).toEqual([...FORGERY_IDS]);
  });

  it('cites an RFC 8725 section for every defence', () => {
    for (const forgery of FORGERIES) expect(forgery.rfc8725.length).toBeGreaterThan(0);
  });
});

describe('planForgery', () => {
  it('escalates the role in every forgery', async () => {
    const original = await originalToken();
    const pair = await generateAttackerKeyPair();
    const material = {
      publicKeyPem: 'pem',
      attackerPrivateKey: pair.privateKey,
      attackerPublicJwk: { kty: 'EC' },
      jkuUrl: 'http://127.0.0.1:4300/jwks.json',
      crackedSecret: 'secret',
    };
    for (const id of FORGERY_IDS) {
      expect(planForgery(id, original, material).payload.role).toBe('admin');
    }
  });

  it('alg-none: the chosen spelling and no signature', async () => {
    const plan = planForgery('alg-none', await originalToken(), { noneSpelling: 'nOnE' });

    expect(plan.header.alg).toBe('nOnE');
    expect(plan.signature).toEqual({ kind: 'none' });
  });

  it('kid-traversal: a kid that climbs to /dev/null and an empty HMAC key', async () => {
    const plan = planForgery('kid-traversal', await originalToken());

    expect(plan.header.kid).toBe(TRAVERSAL_KID);
    expect(plan.signature).toEqual({ kind: 'hmac', secret: new Uint8Array(0) });
  });

  it('jku: the URL in the header, signed with the attacker key', async () => {
    const pair = await generateAttackerKeyPair();
    const plan = planForgery('jku', await originalToken(), {
      attackerPrivateKey: pair.privateKey,
      jkuUrl: 'http://127.0.0.1:4300/jwks.json',
    });

    expect(plan.header).toMatchObject({ alg: 'ES256', jku: 'http://127.0.0.1:4300/jwks.json' });
    expect(plan.signature.kind).toBe('es256');
  });

  it('tampered-payload: keeps the header and the original signature', async () => {
    const original = await originalToken();
    const plan = planForgery('tampered-payload', original);

    expect(plan.header).toEqual(original.header);
    expect(plan.signature).toEqual({ kind: 'original', signature: original.signature });
  });

  it('refuses to plan without the material a forgery needs', async () => {
    expect(() => planForgery('alg-confusion', {} as never)).toThrow();
  });
});
