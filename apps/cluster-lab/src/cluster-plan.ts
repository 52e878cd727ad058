/**
 * The cluster's layout as plain data: which instances exist, in which group, on which port.
 *
 * Teaches: horizontal scaling means several copies of the SAME server behind one address. Each
 * API gets one balancer and groups of three instances — `memory` (each instance keeps its own
 * store, so a session lives on one instance only) and `redis` (the three share one Redis, so any
 * instance can answer any request); the JWT balancer adds `es256` (instance 1 signs with ES256,
 * instances 2 and 3 hold no key, only the URL of instance 1's JWKS). The instance id each one
 * reports in `X-Instance-Id` names its API, its group and its place in the group:
 * `session-memory-2`, `jwt-es256-1`.
 *
 * Reference: docs/cluster-lab.md; docs/reference/http-api.md, "The cluster lab".
 */

import { findFreePort } from './free-port.ts';

export type ApiName = 'session' | 'jwt';
export type GroupName = 'memory' | 'redis' | 'es256';

export const API_NAMES: readonly ApiName[] = ['session', 'jwt'];
export const INSTANCES_PER_GROUP = 3;
/** Each API's groups: only a JWT has a signing key that verifiers can take from a JWKS. */
export const GROUPS_OF: Readonly<Record<ApiName, readonly GroupName[]>> = {
  session: ['memory', 'redis'],
  jwt: ['memory', 'redis', 'es256'],
};
/** In the `es256` group, instance 1 signs; the others verify with its published public keys. */
export const SIGNER_INDEX = 1;

/** Where `pnpm run lab:cluster` listens; the web app's proxy points at these. */
export const DEFAULT_BALANCER_PORTS: Readonly<Record<ApiName, number>> = {
  session: 4100,
  jwt: 4200,
};

export interface InstanceSpec {
  readonly id: string;
  readonly api: ApiName;
  readonly group: GroupName;
  /** 1-based: "instance 2" is the second of its group. */
  readonly index: number;
  readonly port: number;
}

export interface ClusterPlan {
  readonly balancerPorts: Readonly<Record<ApiName, number>>;
  readonly instances: readonly InstanceSpec[];
}

/**
 * Instance ports are free ports the system picks: fixed ones clash with whatever else the
 * machine runs, and the learner reaches the instances through the balancers anyway (the console
 * prints each instance's port for calling one directly).
 */
export async function createClusterPlan(
  balancerPorts: Readonly<Record<ApiName, number>>,
): Promise<ClusterPlan> {
  const instances: InstanceSpec[] = [];
  for (const api of API_NAMES) {
    for (const group of GROUPS_OF[api]) {
      for (let index = 1; index <= INSTANCES_PER_GROUP; index += 1) {
        const port = await findFreePort();
        instances.push({ id: `${api}-${group}-${index}`, api, group, index, port });
      }
    }
  }
  return { balancerPorts, instances };
}

export function groupInstances<T extends { spec: InstanceSpec }>(
  instances: readonly T[],
  api: ApiName,
  group: GroupName,
): T[] {
  return instances.filter(({ spec }) => spec.api === api && spec.group === group);
}

/** Balancers on free ports too: for tests, which must not clash with a running lab. */
export async function createFreePortPlan(): Promise<ClusterPlan> {
  return createClusterPlan({ session: await findFreePort(), jwt: await findFreePort() });
}
