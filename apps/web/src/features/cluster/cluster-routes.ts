/**
 * How the page reaches the cluster lab's two balancers: `/api/cluster/session/*` → 127.0.0.1:4100
 * and `/api/cluster/jwt/*` → 127.0.0.1:4200 (env CLUSTER_SESSION_URL / CLUSTER_JWT_URL), through
 * the web app's proxy (vite.config.ts), so page and balancers share one origin like the lab's
 * single-server APIs do.
 *
 * Cookie paths, twice moved: the API sets `Path=/` or `Path=/refresh`, the balancer moves them
 * into its group (`/memory/`, `/memory/refresh`), and this proxy moves them under its prefix — so
 * the browser keeps one session cookie per group and sends each only to that group.
 *
 * Reference: RFC 6265 §5.1.4 (path-match); docs/cluster-lab.md.
 */
import type { Side } from '@authlab/flows/api-types';

export type ClusterGroup = 'memory' | 'redis' | 'es256';
export const CLUSTER_GROUPS: readonly ClusterGroup[] = ['memory', 'redis', 'es256'];

/** `es256` (one signer, verifiers with its JWKS) exists on the JWT balancer only. */
export function hasClusterGroup(side: Side, group: ClusterGroup): boolean {
  return group !== 'es256' || side === 'jwt';
}

export interface ClusterProxyRoute {
  readonly side: Side;
  readonly prefix: string;
  /** Where the balancer listens unless the environment says otherwise. */
  readonly defaultTarget: string;
  readonly targetEnv: string;
  /** Balancer cookie Path → the Path the browser stores. */
  readonly cookiePaths: Readonly<Record<string, string>>;
}

function buildRoute(side: Side, port: number): ClusterProxyRoute {
  const prefix = `/api/cluster/${side}`;
  const cookiePaths = Object.fromEntries(
    CLUSTER_GROUPS.flatMap((group) => [
      [`/${group}/`, `${prefix}/${group}/`],
      [`/${group}/refresh`, `${prefix}/${group}/refresh`],
    ]),
  );
  return {
    side,
    prefix,
    defaultTarget: `http://127.0.0.1:${port}`,
    targetEnv: side === 'session' ? 'CLUSTER_SESSION_URL' : 'CLUSTER_JWT_URL',
    cookiePaths,
  };
}

export const CLUSTER_PROXY_ROUTES: readonly ClusterProxyRoute[] = [
  buildRoute('session', 4100),
  buildRoute('jwt', 4200),
];

export function clusterPrefix(side: Side): string {
  return `/api/cluster/${side}`;
}
