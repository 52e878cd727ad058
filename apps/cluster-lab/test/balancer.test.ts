/**
 * The balancers with real instances behind them: round robin spreads one client's requests over
 * three instances, so what decides the answer is where the state lives — one instance's memory
 * (a session found one time in three), one shared Redis (found every time), or nowhere but the
 * token and the shared secret (JWT).
 */
import { describe, expect, inject, it } from 'vitest';
import { REDIS_INSTALL_HINT } from '../src/redis-provider.ts';
import { type Api, ask, askMe, distinctInstances, logIn } from './helpers/cluster-client.ts';
import { askLocalBalancer, createStoppedInstance } from './helpers/local-balancer.ts';

const REQUESTS = 12;
const redisAvailable = inject('redisAvailable');

describe.runIf(redisAvailable).each<Api>(['session', 'jwt'])(
  'GET /redis/me through the %s balancer',
  (api) => {
    it('answers 200 from three distinct instances to 12 requests after one login', async () => {
      const credential = await logIn(api, 'redis');
      const answers = await askMe(api, 'redis', credential, REQUESTS);
      expect(answers.map((answer) => answer.status)).toEqual(Array(REQUESTS).fill(200));
      expect(distinctInstances(answers).size).toBeGreaterThanOrEqual(3);
    });
  },
);

describe('GET /memory/me through the session balancer', () => {
  it('answers 401 unauthenticated on the instances that did not see the login', async () => {
    const credential = await logIn('session', 'memory');
    const answers = await askMe('session', 'memory', credential, 6);
    const elsewhere = answers.filter((answer) => answer.instanceId !== credential.loginInstanceId);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(new Set(elsewhere.map((answer) => answer.code))).toEqual(new Set(['unauthenticated']));
  });

  it('answers 200 on the instance that holds the session', async () => {
    const credential = await logIn('session', 'memory');
    const answers = await askMe('session', 'memory', credential, 6);
    const home = answers.filter((answer) => answer.instanceId === credential.loginInstanceId);
    expect(home.map((answer) => answer.status)).toEqual([200, 200]);
  });
});

describe('GET /memory/me through the jwt balancer', () => {
  it('answers 200 from every instance: they share nothing but the secret', async () => {
    const credential = await logIn('jwt', 'memory');
    const answers = await askMe('jwt', 'memory', credential, 6);
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    expect(distinctInstances(answers).size).toBe(3);
  });
});

describe('Set-Cookie through a balancer', () => {
  it('moves the session cookie into its group: Path=/memory/', async () => {
    const credential = await logIn('session', 'memory');
    expect(credential.setCookies.find((line) => line.startsWith('authlab.sid='))).toMatch(
      /; path=\/memory\/(;|$)/i,
    );
  });

  it('moves the refresh cookie into its group: Path=/memory/refresh', async () => {
    const credential = await logIn('jwt', 'memory');
    expect(credential.setCookies.find((line) => line.startsWith('authlab.rt='))).toMatch(
      /; path=\/memory\/refresh(;|$)/i,
    );
  });
});

describe('a request with a query string', () => {
  it('is routed by its path and reaches an instance (GET /memory/healthz?probe=1 → 200)', async () => {
    const answer = await ask('session', '/memory/healthz?probe=1');
    expect([answer.status, answer.instanceId?.startsWith('session-memory-')]).toEqual([200, true]);
  });
});

describe('a group that cannot answer', () => {
  it('answers 503 redis_unavailable, with how to install Redis, when none was found', async () => {
    const answer = await askLocalBalancer(
      { name: 'redis', instances: [], unavailable: REDIS_INSTALL_HINT, signer: null },
      '/redis/me',
    );
    expect([answer.status, answer.body.error.code]).toEqual([503, 'redis_unavailable']);
  });

  it('answers 503 no_instance_running when every instance is stopped', async () => {
    const stopped = createStoppedInstance('session-memory-1');
    const answer = await askLocalBalancer(
      { name: 'memory', instances: [stopped], unavailable: null, signer: null },
      '/memory/me',
    );
    expect([answer.status, answer.body.error.code]).toEqual([503, 'no_instance_running']);
  });

  it('answers 404 not_found outside the groups', async () => {
    const answer = await askLocalBalancer(
      { name: 'memory', instances: [], unavailable: null, signer: null },
      '/me',
    );
    expect(answer.body.error.code).toBe('not_found');
  });
});
