/**
 * What the "Several servers" view does through one balancer: log in, ask `GET /me` N times and
 * note who answered (`X-Instance-Id`) and what, revoke on one instance, and drive the balancer's
 * control API (stop/start an instance, sticky routing, the `es256` signer's key rotation). On the
 * JWT side each answer also shows the `kid` of the token it carried, so a rotation can be seen:
 * the old kid still accepted, the new one accepted too.
 *
 * Revocation uses each mechanism's own tool, so that a copy of the credential is still in hand:
 * - session: John, an admin, ends his own sessions (DELETE /admin/users/42/sessions). The browser
 *   keeps its HttpOnly cookie — this page could not keep a copy of it after a /logout;
 * - JWT: POST /logout, while the page keeps its copy of the access token, as a thief would.
 *
 * Reference: docs/cluster-lab.md; OWASP Session Management Cheat Sheet, "Manual Session
 * Expiration"; OWASP JSON Web Token Cheat Sheet for Java, "No Built-In Token Revocation by the User".
 */

import type { Side } from '@authlab/flows/api-types';
import type { AxiosResponse } from 'axios';
import { createApiClient, send } from '../../lib/http-client.ts';
import { decodeJwt } from '../../lib/jwt-decode.ts';
import { ADMIN_CREDENTIALS } from '../../lib/scenario.ts';
import { type ClusterGroup, clusterPrefix } from './cluster-routes.ts';

/** One answer as the view lists it. */
export interface ClusterAnswer {
  readonly label: string;
  readonly instanceId: string | null;
  readonly status: number;
  readonly code: string | null;
  /** JWT: the `kid` of the token this request carried (or, for a login, received). */
  readonly kid?: string | null;
}

export interface ClusterInstance {
  readonly id: string;
  readonly index: number;
  readonly state: 'starting' | 'running' | 'stopping' | 'stopped';
  /** `es256` only: who holds the private key. */
  readonly role?: 'signer' | 'verifier';
  /** JWT HS256 groups: whether this instance was given a secret of its own. */
  readonly own_secret?: boolean;
}

export interface ClusterStatus {
  readonly sticky: boolean;
  readonly groups: readonly {
    readonly name: ClusterGroup;
    readonly available: boolean;
    readonly message?: string;
    /** `es256` only: the kid the signer signs with now (null while it is stopped). */
    readonly signing_kid?: string | null;
    readonly instances: readonly ClusterInstance[];
  }[];
}

const JOHN_ID = 42;

/**
 * The view re-reads the instances this often, so an instance that dies on its own shows without a
 * click; while the lab is not running, less often (each miss is a proxy error in the web app's
 * terminal), so a lab started after the page was opened shows up without a reload.
 */
export const STATUS_REFRESH_MS = 3000;
export const LAB_DOWN_RETRY_MS = 15_000;

/** The `kid` in a token's header, decoded WITHOUT verification: only to show which key signed it. */
function readKid(token: string): string | null {
  const kid = decodeJwt(token).header.value?.kid;
  return typeof kid === 'string' ? kid : null;
}

function toAnswer(label: string, response: AxiosResponse, token?: string): ClusterAnswer {
  const body = response.data as { error?: { code?: string } } | null;
  const instanceId = response.headers['x-instance-id'];
  return {
    label,
    instanceId: typeof instanceId === 'string' ? instanceId : null,
    status: response.status,
    code: body?.error?.code ?? null,
    ...(token === undefined ? {} : { kid: readKid(token) }),
  };
}

export function createClusterClient(side: Side) {
  const http = createApiClient(clusterPrefix(side));
  // The JWT side's access token per group: in this page's memory, never in storage.
  const accessTokens = new Map<ClusterGroup, string>();
  const authorization = (group: ClusterGroup) => {
    const token = accessTokens.get(group);
    return token === undefined ? {} : { Authorization: `Bearer ${token}` };
  };

  return {
    async logIn(group: ClusterGroup): Promise<ClusterAnswer> {
      const response = await send(http.post(`/${group}/login`, ADMIN_CREDENTIALS));
      const token = (response.data as { access_token?: string } | null)?.access_token;
      if (side === 'jwt' && token !== undefined) accessTokens.set(group, token);
      return toAnswer('POST /login', response, token);
    },
    async askMe(group: ClusterGroup, count: number): Promise<ClusterAnswer[]> {
      // One after another, so the round robin's turn order is what the list shows.
      const answers: ClusterAnswer[] = [];
      for (let sent = 0; sent < count; sent += 1) {
        const response = await send(http.get(`/${group}/me`, { headers: authorization(group) }));
        answers.push(toAnswer('GET /me', response, accessTokens.get(group)));
      }
      return answers;
    },
    async revoke(group: ClusterGroup): Promise<ClusterAnswer> {
      if (side === 'session') {
        const response = await send(http.delete(`/${group}/admin/users/${JOHN_ID}/sessions`));
        return toAnswer(`DELETE /admin/users/${JOHN_ID}/sessions`, response);
      }
      const response = await send(
        http.post(`/${group}/logout`, {}, { headers: authorization(group) }),
      );
      return toAnswer('POST /logout', response);
    },
    async readStatus(): Promise<ClusterStatus> {
      return (await http.get('/_cluster/instances')).data as ClusterStatus;
    },
    async setSticky(enabled: boolean): Promise<ClusterStatus> {
      return (await http.post('/_cluster/sticky', { enabled })).data as ClusterStatus;
    },
    async setInstance(id: string, action: 'stop' | 'start'): Promise<ClusterStatus> {
      return (await http.post(`/_cluster/instances/${id}/${action}`, {})).data as ClusterStatus;
    },
    /** Restarts instance `id` (JWT, HS256) with a secret of its own, or with the group's again. */
    async setOwnSecret(id: string, own: boolean): Promise<ClusterStatus> {
      return (await http.post(`/_cluster/instances/${id}/secret`, { own })).data as ClusterStatus;
    },
    /** The signer of `group` signs with a new key from now on; the access token kept is not touched. */
    async rotateKey(group: ClusterGroup): Promise<ClusterStatus> {
      return (await http.post(`/_cluster/groups/${group}/rotate-key`, {})).data as ClusterStatus;
    },
  };
}

export type ClusterClient = ReturnType<typeof createClusterClient>;
