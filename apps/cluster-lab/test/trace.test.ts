/**
 * The cluster's real traces against the architecture flows of @authlab/flows, as the API suites
 * check the single-server flows: the Server-Timing step ids of the flow's requests, concatenated,
 * must be the flow's server steps — here with the requests spread over two instances.
 */
import { getFlow, serverStepIds } from '@authlab/flows/catalog';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  type Api,
  ask,
  askMe,
  type Credential,
  control,
  type Group,
  logIn,
  restoreCluster,
  withAffinity,
} from './helpers/cluster-client.ts';

const redisAvailable = inject('redisAvailable');

function expectedSteps(flowId: string): string[] {
  const flow = getFlow(flowId);
  if (flow === null) throw new Error(`Unknown flow ${flowId}`);
  return serverStepIds(flow);
}

/** The first answer to GET /me that comes from another instance than `instanceId`. */
async function askElsewhere(
  api: Api,
  group: Group,
  credential: Credential,
  instanceId: string | null,
) {
  const answers = await askMe(api, group, credential, 3);
  const elsewhere = answers.find((answer) => answer.instanceId !== instanceId);
  if (elsewhere === undefined) throw new Error('every answer came from one instance');
  return elsewhere;
}

async function logInAndAskElsewhere(api: Api, group: Group): Promise<string[]> {
  const credential = await logIn(api, group);
  const elsewhere = await askElsewhere(api, group, credential, credential.loginInstanceId);
  return [...credential.loginStepIds, ...elsewhere.stepIds];
}

async function logOutAndReplayElsewhere(api: Api, group: Group): Promise<string[]> {
  const credential = await logIn(api, group);
  const logout = await ask(api, `/${group}/logout`, {
    method: 'POST',
    headers: { ...credential.headers },
  });
  const elsewhere = await askElsewhere(api, group, credential, logout.instanceId);
  return [...logout.stepIds, ...elsewhere.stepIds];
}

afterEach(restoreCluster);

describe('traces through the memory groups', () => {
  it('report the server steps of session.architecture-memory', async () => {
    expect(await logInAndAskElsewhere('session', 'memory')).toEqual(
      expectedSteps('session.architecture-memory'),
    );
  });

  it('report the server steps of session.architecture-sticky', async () => {
    await control('session', '/sticky', { enabled: true });
    const pinned = withAffinity(await logIn('session', 'memory'));
    await control('session', `/instances/${pinned.loginInstanceId}/stop`);
    const [moved] = await askMe('session', 'memory', pinned, 1);
    expect([...pinned.loginStepIds, ...(moved?.stepIds ?? [])]).toEqual(
      expectedSteps('session.architecture-sticky'),
    );
  });

  it('report the server steps of jwt.architecture-logout-memory', async () => {
    expect(await logOutAndReplayElsewhere('jwt', 'memory')).toEqual(
      expectedSteps('jwt.architecture-logout-memory'),
    );
  });
});
describe.runIf(redisAvailable)('traces through the redis groups', () => {
  it('report the server steps of session.architecture-redis', async () => {
    expect(await logInAndAskElsewhere('session', 'redis')).toEqual(
      expectedSteps('session.architecture-redis'),
    );
  });

  it('report the server steps of session.architecture-logout', async () => {
    expect(await logOutAndReplayElsewhere('session', 'redis')).toEqual(
      expectedSteps('session.architecture-logout'),
    );
  });

  it('report the server steps of jwt.architecture-logout-redis', async () => {
    expect(await logOutAndReplayElsewhere('jwt', 'redis')).toEqual(
      expectedSteps('jwt.architecture-logout-redis'),
    );
  });
});

describe('traces through the es256 group', () => {
  it('report the server steps of jwt.architecture-key-rotation', async () => {
    const before = await logIn('jwt', 'es256');
    await control('jwt', '/groups/es256/rotate-key');
    const oldToken = await askElsewhere('jwt', 'es256', before, 'jwt-es256-1');
    const after = await logIn('jwt', 'es256');
    const newToken = await askElsewhere('jwt', 'es256', after, 'jwt-es256-1');
    expect([...oldToken.stepIds, ...after.loginStepIds, ...newToken.stepIds]).toEqual(
      expectedSteps('jwt.architecture-key-rotation'),
    );
  });
});
