/**
 * What the tests do through a balancer, the way a client would: log in as John, ask `GET /me`
 * again and again, log out — and note which instance answered each time (`X-Instance-Id`). The
 * session side keeps its cookie by hand (a copy a test can replay after logout); the JWT side
 * keeps its access token.
 */

import { findDemoUser } from '@authlab/users/demo-users';
import { inject } from 'vitest';

export type Api = 'session' | 'jwt';
export type Group = 'memory' | 'redis' | 'es256';

export interface Answer {
  readonly status: number;
  readonly instanceId: string | null;
  readonly code: string | null;
  readonly setCookies: readonly string[];
  /** The step ids the instance reported in Server-Timing, in order. */
  readonly stepIds: readonly string[];
}

/** The credential a client holds: a `Cookie` header (session) or an `Authorization` header (jwt). */
export interface Credential {
  readonly headers: Readonly<Record<string, string>>;
  readonly loginInstanceId: string | null;
  /** The login answer's Set-Cookie lines, as the balancer rewrote them. */
  readonly setCookies: readonly string[];
  readonly loginStepIds: readonly string[];
}

const JOHN = findDemoUser(42);
const CSRF_HEADERS = { 'X-Requested-With': 'authlab', 'Content-Type': 'application/json' };

export function balancerUrl(api: Api): string {
  return api === 'session' ? inject('sessionBalancerUrl') : inject('jwtBalancerUrl');
}

export async function ask(
  api: Api,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer & { body: unknown }> {
  const response = await fetch(`${balancerUrl(api)}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(init.method === 'POST' ? CSRF_HEADERS : {}), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const body: unknown = await response.json().catch(() => null);
  return {
    status: response.status,
    instanceId: response.headers.get('x-instance-id'),
    code: (body as { error?: { code?: string } } | null)?.error?.code ?? null,
    setCookies: response.headers.getSetCookie(),
    stepIds: (response.headers.get('server-timing') ?? '')
      .split(',')
      .map((entry) => entry.split(';')[0]?.trim() ?? '')
      .filter((id) => id !== ''),
    body,
  };
}

export async function logIn(api: Api, group: Group): Promise<Credential> {
  const answer = await ask(api, `/${group}/login`, {
    method: 'POST',
    body: { email: JOHN.email, password: JOHN.password },
  });
  if (answer.status !== 200) throw new Error(`login through /${group} answered ${answer.status}`);
  const seen = {
    loginInstanceId: answer.instanceId,
    setCookies: answer.setCookies,
    loginStepIds: answer.stepIds,
  };
  if (api === 'jwt') {
    const token = (answer.body as { access_token: string }).access_token;
    return { headers: { Authorization: `Bearer ${token}` }, ...seen };
  }
  const cookie = answer.setCookies.find((line) => line.startsWith('authlab.sid='));
  return { headers: { Cookie: cookie?.split(';')[0] ?? '' }, ...seen };
}

/** `count` sequential `GET /me` with the same credential. */
export async function askMe(api: Api, group: Group, credential: Credential, count: number) {
  const answers: Answer[] = [];
  for (let sent = 0; sent < count; sent += 1) {
    answers.push(await ask(api, `/${group}/me`, { headers: { ...credential.headers } }));
  }
  return answers;
}

export function distinctInstances(answers: readonly Answer[]): Set<string | null> {
  return new Set(answers.map((answer) => answer.instanceId));
}

export async function control(api: Api, path: string, body?: unknown) {
  return ask(api, `/_cluster${path}`, { method: 'POST', body: body ?? {} });
}

/** The login's cookies plus the sticky routing pin the balancer set with them. */
export function withAffinity(credential: Credential): Credential {
  const pin = credential.setCookies.find((line) => line.startsWith('authlab.lb='))?.split(';')[0];
  return { ...credential, headers: { Cookie: `${credential.headers.Cookie}; ${pin}` } };
}

/** Sticky routing off and every instance running again: as each test expects to find it. */
export async function restoreCluster(): Promise<void> {
  await control('session', '/sticky', { enabled: false });
  const cluster = (await ask('session', '/_cluster/instances')).body as {
    groups: { instances: { id: string; state: string }[] }[];
  };
  const instances = cluster.groups.flatMap((group) => group.instances);
  for (const { id, state } of instances) {
    if (state === 'stopped') await control('session', `/instances/${id}/start`);
  }
}
