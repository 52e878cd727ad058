/**
 * What each group's instances share (start-cluster.ts), seen through revocation: log out on one
 * instance, then replay the old credential on the others — a copy of the cookie or the token is
 * what a thief would hold. Where the revocation is written decides who refuses the copy.
 */
import { describe, expect, inject, it } from 'vitest';
import {
  type Answer,
  type Api,
  ask,
  askMe,
  type Credential,
  logIn,
} from './helpers/cluster-client.ts';

const redisAvailable = inject('redisAvailable');

async function logOut(
  api: Api,
  group: 'memory' | 'redis',
  credential: Credential,
): Promise<Answer> {
  const answer = await ask(api, `/${group}/logout`, {
    method: 'POST',
    headers: { ...credential.headers },
  });
  expect(answer.status).toBe(200);
  return answer;
}

function answersFromOthers(answers: readonly Answer[], logout: Answer): Answer[] {
  return answers.filter((answer) => answer.instanceId !== logout.instanceId);
}

describe.runIf(redisAvailable)('POST /redis/logout on one instance', () => {
  it('makes the other session instances refuse the old cookie (401 unauthenticated)', async () => {
    const credential = await logIn('session', 'redis');
    const logout = await logOut('session', 'redis', credential);
    const others = answersFromOthers(await askMe('session', 'redis', credential, 3), logout);
    expect(others.length).toBe(2);
    expect(others.map((answer) => answer.code)).toEqual(['unauthenticated', 'unauthenticated']);
  });

  it('makes the other jwt instances refuse the old access token (401 invalid_token)', async () => {
    const credential = await logIn('jwt', 'redis');
    const logout = await logOut('jwt', 'redis', credential);
    const others = answersFromOthers(await askMe('jwt', 'redis', credential, 3), logout);
    expect(others.map((answer) => answer.code)).toEqual(['invalid_token', 'invalid_token']);
  });
});

describe('POST /memory/logout on one jwt instance', () => {
  it('leaves the old access token valid on the other instances until exp', async () => {
    const credential = await logIn('jwt', 'memory');
    const logout = await logOut('jwt', 'memory', credential);
    const others = answersFromOthers(await askMe('jwt', 'memory', credential, 3), logout);
    expect(others.map((answer) => answer.status)).toEqual([200, 200]);
  });
});
