/**
 * HS256 "rotated" on one instance only: jwt-memory-1 restarted with a secret of its own. Its
 * tokens are refused by the two others, theirs by it — every instance needs the new secret at
 * once. The test gives the group's secret back, as the cluster is shared by every file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ask, askMe, control, logIn } from './helpers/cluster-client.ts';

const INSTANCE = 'jwt-memory-1';

afterEach(async () => {
  await control('jwt', `/instances/${INSTANCE}/secret`, { own: false });
});

describe('POST /_cluster/instances/:id/secret {"own": true}', () => {
  it('splits the group: a token is accepted only where its signing secret is', async () => {
    await control('jwt', `/instances/${INSTANCE}/secret`, { own: true });
    const credential = await logIn('jwt', 'memory');
    const signedWithOwn = credential.loginInstanceId === INSTANCE;

    const answers = await askMe('jwt', 'memory', credential, 6);

    const expected = answers.map((answer) => {
      const sameSecret = (answer.instanceId === INSTANCE) === signedWithOwn;
      return [answer.instanceId, sameSecret ? 200 : 401];
    });
    expect(answers.map((answer) => [answer.instanceId, answer.status])).toEqual(expected);
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([200, 401]));
  });

  it('says which instance holds its own secret', async () => {
    const cluster = (await control('jwt', `/instances/${INSTANCE}/secret`, { own: true })).body as {
      groups: { name: string; instances: { id: string; own_secret?: boolean }[] }[];
    };
    const memory = cluster.groups.find((group) => group.name === 'memory');

    expect(memory?.instances.map((instance) => [instance.id, instance.own_secret])).toEqual([
      ['jwt-memory-1', true],
      ['jwt-memory-2', false],
      ['jwt-memory-3', false],
    ]);
  });

  it('answers 404 not_found for an es256 instance, which holds no secret', async () => {
    expect((await control('jwt', '/instances/jwt-es256-2/secret', { own: true })).code).toBe(
      'not_found',
    );
  });

  it('answers 400 invalid_request without a boolean "own"', async () => {
    const answer = await ask('jwt', `/_cluster/instances/${INSTANCE}/secret`, {
      method: 'POST',
      body: { own: 'yes' },
    });
    expect(answer.code).toBe('invalid_request');
  });
});
