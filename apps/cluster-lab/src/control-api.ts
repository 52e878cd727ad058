/**
 * The balancer's control API, for the web view's buttons — development only, like the whole lab:
 *
 *   GET  /_cluster/instances               each group's instances and their state, and sticky
 *   POST /_cluster/instances/:id/stop      stop one instance's process (its memory is lost)
 *   POST /_cluster/instances/:id/start     start it again (an empty memory store)
 *   POST /_cluster/sticky {"enabled":true} turn sticky routing on or off for this balancer
 *   POST /_cluster/instances/:id/secret {"own":true}  restart a JWT HS256 instance with a secret
 *                                          of its own (false: the group's again), own-secret.ts
 *   POST /_cluster/groups/es256/rotate-key the signer signs with a new key (new `kid`); the
 *                                          group's `signing_kid` in every answer says which
 *
 * POSTs need `X-Requested-With: authlab`, the APIs' own CSRF defence: another site's page cannot
 * add the header without a CORS preflight, and no preflight is ever approved here — so no page
 * the learner visits can stop their servers.
 *
 * Reference: OWASP CSRF Prevention Cheat Sheet, "Employing Custom Request Headers for AJAX/API".
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiInstance } from './api-instance.ts';
import type { GroupName } from './cluster-plan.ts';
import { readJson, sendError, sendJson } from './json-response.ts';
import { hasOwnSecret, setOwnSecret, usesHs256Secret } from './own-secret.ts';
import { readSigningKid, rotateSigningKey } from './signer-keys.ts';

export const CONTROL_PREFIX = '/_cluster/';

export interface ControlledGroup {
  readonly name: GroupName;
  readonly instances: readonly ApiInstance[];
  /** Why the group cannot answer (no Redis), or null. */
  readonly unavailable: string | null;
  /** The one instance that issues tokens (`es256`: the signer), or null when all of them do. */
  readonly signer: ApiInstance | null;
}

export interface ControlTarget {
  readonly groups: readonly ControlledGroup[];
  sticky: boolean;
}

const INSTANCE_ACTION = /^\/_cluster\/instances\/([\w.-]+)\/(stop|start)$/;
const SECRET_ACTION = /^\/_cluster\/instances\/([\w.-]+)\/secret$/;
const ROTATE_ACTION = /^\/_cluster\/groups\/([\w-]+)\/rotate-key$/;

/** Each group and instance; a group with a signer adds its current `kid` (null: not running). */
export async function describeCluster(target: ControlTarget) {
  return {
    sticky: target.sticky,
    groups: await Promise.all(
      target.groups.map(async (group) => ({
        name: group.name,
        available: group.unavailable === null,
        ...(group.unavailable === null ? {} : { message: group.unavailable }),
        ...(group.signer === null ? {} : { signing_kid: await readSigningKid(group.signer) }),
        instances: group.instances.map((instance) => ({
          id: instance.spec.id,
          index: instance.spec.index,
          port: instance.spec.port,
          state: instance.state,
          ...(group.signer === null
            ? {}
            : { role: instance.spec.id === group.signer.spec.id ? 'signer' : 'verifier' }),
          ...(usesHs256Secret(group, instance) ? { own_secret: hasOwnSecret(instance) } : {}),
        })),
      })),
    ),
  };
}

async function runRotation(target: ControlTarget, name: string, res: ServerResponse) {
  const signer = target.groups.find((group) => group.name === name)?.signer ?? null;
  if (signer === null) return sendError(res, 404, 'not_found', `No signer in /${name}.`);
  const answer = await rotateSigningKey(signer);
  if (answer === null) {
    return sendError(res, 503, 'no_instance_running', `${signer.spec.id} is not running.`);
  }
  sendJson(res, 200, await describeCluster(target));
}

/** Runs `change` on instance `id`, then answers the cluster's state (or why it could not). */
async function runInstanceAction(
  target: ControlTarget,
  id: string,
  res: ServerResponse,
  change: (instance: ApiInstance, group: ControlledGroup) => Promise<void> | 'refused',
) {
  const group = target.groups.find((candidate) =>
    candidate.instances.some((i) => i.spec.id === id),
  );
  const instance = group?.instances.find((i) => i.spec.id === id);
  if (group === undefined || instance === undefined) {
    return sendError(res, 404, 'not_found', `No instance ${id}.`);
  }
  // Without Redis a redis-group instance would start on a memory store and teach the wrong thing.
  if (group.unavailable !== null)
    return sendError(res, 503, 'redis_unavailable', group.unavailable);
  try {
    const changed = change(instance, group);
    if (changed === 'refused') {
      return sendError(res, 404, 'not_found', `${id} holds no HS256 secret.`);
    }
    await changed;
  } catch (error) {
    return sendError(res, 500, 'instance_failed', (error as Error).message);
  }
  sendJson(res, 200, await describeCluster(target));
}

export async function handleControl(
  target: ControlTarget,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = (req.url ?? '').split('?')[0] ?? '';
  if (req.method === 'GET' && path === '/_cluster/instances') {
    return sendJson(res, 200, await describeCluster(target));
  }
  if (req.method !== 'POST') return sendError(res, 404, 'not_found', 'No such control route.');
  if (req.headers['x-requested-with'] !== 'authlab') {
    return sendError(res, 403, 'csrf_rejected', 'Control requests need X-Requested-With: authlab.');
  }
  const action = INSTANCE_ACTION.exec(path);
  if (action !== null) {
    const stop = action[2] === 'stop';
    return runInstanceAction(target, action[1] ?? '', res, (instance) =>
      stop ? instance.stop() : instance.start(),
    );
  }
  const secret = SECRET_ACTION.exec(path);
  if (secret !== null) {
    const own = ((await readJson(req)) as { own?: unknown } | undefined)?.own;
    if (typeof own !== 'boolean') {
      return sendError(res, 400, 'invalid_request', 'Send {"own": true|false}.');
    }
    return runInstanceAction(target, secret[1] ?? '', res, (instance, group) =>
      usesHs256Secret(group, instance) ? setOwnSecret(instance, own) : 'refused',
    );
  }
  const rotate = ROTATE_ACTION.exec(path);
  if (rotate !== null) return runRotation(target, rotate[1] ?? '', res);
  if (path === '/_cluster/sticky') {
    const body = await readJson(req);
    const enabled = (body as { enabled?: unknown } | undefined)?.enabled;
    if (typeof enabled !== 'boolean') {
      return sendError(res, 400, 'invalid_request', 'Send {"enabled": true|false}.');
    }
    target.sticky = enabled;
    return sendJson(res, 200, await describeCluster(target));
  }
  sendError(res, 404, 'not_found', 'No such control route.');
}
