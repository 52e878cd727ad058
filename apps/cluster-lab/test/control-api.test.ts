/**
 * The balancer's control API and what it changes: stopping an instance (routed around), sticky
 * routing (one client, one instance — until that instance stops). Every test puts the cluster
 * back as it found it: all instances running, sticky off.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { REDIS_INSTALL_HINT } from '../src/redis-provider.ts';
import {
  ask,
  askMe,
  control,
  distinctInstances,
  logIn,
  restoreCluster,
  withAffinity,
} from './helpers/cluster-client.ts';
import { askLocalBalancer, createStoppedInstance } from './helpers/local-balancer.ts';

const redisAvailable = inject('redisAvailable');

afterEach(restoreCluster);

describe('POST /_cluster/instances/:id/stop', () => {
  it('is refused without X-Requested-With (403 csrf_rejected)', async () => {
    const answer = await ask('session', '/_cluster/instances/session-memory-2/stop', {
      method: 'POST',
      headers: { 'X-Requested-With': 'someone-else' },
    });
    expect(answer.code).toBe('csrf_rejected');
  });

  it('answers 404 not_found for an unknown instance', async () => {
    expect((await control('session', '/instances/session-memory-9/stop')).code).toBe('not_found');
  });

  it('takes the instance out of the rotation: requests go to the other two', async () => {
    await control('session', '/instances/session-memory-2/stop');
    const answers = await askMe(
      'session',
      'memory',
      { headers: {}, loginInstanceId: null, setCookies: [], loginStepIds: [] },
      6,
    );
    expect(distinctInstances(answers)).toEqual(new Set(['session-memory-1', 'session-memory-3']));
  });
});

describe('POST /_cluster/instances/:id/start in a group without Redis', () => {
  it('answers 503 redis_unavailable instead of starting an instance on a memory store', async () => {
    const instance = createStoppedInstance('session-redis-2');
    const answer = await askLocalBalancer(
      { name: 'redis', instances: [instance], unavailable: REDIS_INSTALL_HINT, signer: null },
      '/_cluster/instances/session-redis-2/start',
      { method: 'POST', headers: { 'X-Requested-With': 'authlab' } },
    );
    expect([answer.status, answer.body.error.code, instance.state]).toEqual([
      503,
      'redis_unavailable',
      'stopped',
    ]);
  });
});

describe('POST /_cluster/sticky', () => {
  it('answers 400 invalid_request without a boolean "enabled"', async () => {
    expect((await control('session', '/sticky', { enabled: 'yes' })).code).toBe('invalid_request');
  });

  it('pins a memory session to the instance that holds it: 200 every time', async () => {
    await control('session', '/sticky', { enabled: true });
    const pinned = withAffinity(await logIn('session', 'memory'));
    const answers = await askMe('session', 'memory', pinned, 6);
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
  });
});

describe('GET /memory/me with sticky routing, after the pinned instance stops', () => {
  it('answers 401 unauthenticated: the session stayed in the stopped instance', async () => {
    await control('session', '/sticky', { enabled: true });
    const pinned = withAffinity(await logIn('session', 'memory'));
    await control('session', `/instances/${pinned.loginInstanceId}/stop`);
    const [answer] = await askMe('session', 'memory', pinned, 1);
    expect(answer?.code).toBe('unauthenticated');
  });
});

describe.runIf(redisAvailable)('GET /redis/me after an instance stops', () => {
  it('still answers 200 from the two instances left', async () => {
    const credential = await logIn('session', 'redis');
    await control('session', '/instances/session-redis-2/stop');
    const answers = await askMe('session', 'redis', credential, 6);
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    expect(distinctInstances(answers).has('session-redis-2')).toBe(false);
  });
});

describe('GET /memory/me on a jwt instance restarted after the login', () => {
  it('answers 401 invalid_token there: a restarted memory store refuses tokens older than itself', async () => {
    const credential = await logIn('jwt', 'memory');
    // `iat` has whole seconds: restart in a later second than the login.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await control('jwt', '/instances/jwt-memory-2/stop');
    await control('jwt', '/instances/jwt-memory-2/start');

    const answers = await askMe('jwt', 'memory', credential, 6);

    const restarted = answers.filter((answer) => answer.instanceId === 'jwt-memory-2');
    const others = answers.filter((answer) => answer.instanceId !== 'jwt-memory-2');
    expect(restarted.map((answer) => answer.code)).toEqual(['invalid_token', 'invalid_token']);
    expect(others.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
  });
});
