/**
 * The JWT balancer's `/es256` group: one signer, two verifiers that hold only the signer's JWKS
 * URL. Logins reach the signer; every instance accepts its tokens; after a key rotation the old
 * token still verifies everywhere and the new one carries the new kid — the verifiers found it
 * in the JWKS on their own.
 */
import { describe, expect, it } from 'vitest';
import { ask, askMe, control, distinctInstances, logIn } from './helpers/cluster-client.ts';

interface Es256Group {
  signing_kid: string | null;
  instances: { id: string; role: string }[];
}

async function readGroup(): Promise<Es256Group> {
  const cluster = (await ask('jwt', '/_cluster/instances')).body as {
    groups: (Es256Group & { name: string })[];
  };
  const group = cluster.groups.find((candidate) => candidate.name === 'es256');
  if (group === undefined) throw new Error('no es256 group');
  return group;
}

function kidOf(authorization: string | undefined): unknown {
  const token = (authorization ?? '').replace('Bearer ', '');
  const header = token.split('.')[0] ?? '';
  return JSON.parse(Buffer.from(header, 'base64url').toString('utf8')).kid;
}

describe('the /es256 group of the jwt balancer', () => {
  it('names one signer and two verifiers, and the kid the signer signs with', async () => {
    const group = await readGroup();

    expect(group.instances.map((instance) => [instance.id, instance.role])).toEqual([
      ['jwt-es256-1', 'signer'],
      ['jwt-es256-2', 'verifier'],
      ['jwt-es256-3', 'verifier'],
    ]);
    expect(group.signing_kid).toEqual(expect.any(String));
  });

  it('sends every login to the signer', async () => {
    const logins = [await logIn('jwt', 'es256'), await logIn('jwt', 'es256')];

    expect(logins.map((login) => login.loginInstanceId)).toEqual(['jwt-es256-1', 'jwt-es256-1']);
  });

  it("answers GET /me 200 from all three instances with the signer's token", async () => {
    const credential = await logIn('jwt', 'es256');

    const answers = await askMe('jwt', 'es256', credential, 6);

    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    expect(distinctInstances(answers).size).toBe(3);
  });
});

describe('POST /_cluster/groups/es256/rotate-key', () => {
  it('changes the signing kid; the old token stays 200 everywhere, the new one too', async () => {
    const before = await logIn('jwt', 'es256');
    const oldKid = (await readGroup()).signing_kid;

    const rotation = await control('jwt', '/groups/es256/rotate-key');
    const after = await logIn('jwt', 'es256');
    const newKid = (await readGroup()).signing_kid;

    expect(rotation.status).toBe(200);
    expect(newKid).not.toBe(oldKid);
    expect(kidOf(after.headers.Authorization)).toBe(newKid);
    for (const credential of [before, after]) {
      const answers = await askMe('jwt', 'es256', credential, 6);
      expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
      expect(distinctInstances(answers).size).toBe(3);
    }
  });

  it('answers 404 not_found for a group without a signer', async () => {
    expect((await control('jwt', '/groups/memory/rotate-key')).code).toBe('not_found');
  });
});
