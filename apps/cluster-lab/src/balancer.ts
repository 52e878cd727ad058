/**
 * One API's load balancer, built on http-proxy: `/memory/*` and `/redis/*` (and on the JWT side
 * `/es256/*`) each lead to a group of three instances, chosen per request by round robin (or by an
 * affinity cookie when sticky routing is on), and `/_cluster/*` is the control API
 * (control-api.ts). In `/es256`, the requests that issue tokens (SIGNER_PATHS) always go to the
 * signer: the verifiers hold no private key.
 *
 * Cookies under a prefix: the APIs set `Path=/` (session id) and `Path=/refresh` (refresh token).
 * Seen through `/memory`, those paths would be wrong — and `Path=/` would also send the memory
 * group's cookie to the redis group, which shares the host. http-proxy's `cookiePathRewrite`
 * moves each cookie into its group's prefix, so the browser keeps one cookie per group and sends
 * each where the API meant it to go (RFC 6265 §5.1.4 path-matching).
 *
 * What the balancer does NOT do: it sets no X-Forwarded-For (`xfwd` off) and the instances keep
 * TRUST_PROXY off, so the login rate limit counts the balancer's address — the one address they
 * see — and no client can choose its own address by sending the header.
 *
 * Reference: RFC 9110 §7.6 (intermediaries); RFC 6265 §4.1.2.4 (Path); http-proxy README,
 * "Options" (cookiePathRewrite); docs/reference/http-api.md, "The cluster lab".
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import httpProxy from 'http-proxy';
import { type ApiInstance, INSTANCE_HOST } from './api-instance.ts';
import {
  CONTROL_PREFIX,
  type ControlledGroup,
  type ControlTarget,
  handleControl,
} from './control-api.ts';
import { sendError } from './json-response.ts';
import { createRoundRobin, type RoundRobin } from './pick-instance.ts';

/** The affinity cookie sticky routing sets; its Path is moved into the group like the APIs'. */
export const AFFINITY_COOKIE_NAME = 'authlab.lb';
/**
 * A group with a signer (`es256`) sends these to it: the requests that issue a token, or revoke
 * a refresh family, which only the signer keeps. Everything else is round robin over all three.
 */
export const SIGNER_PATHS: readonly string[] = [
  '/login',
  '/refresh',
  '/logout',
  '/logout-all',
  '/me/password',
];
/** An instance that has not answered in 10 s is treated as gone (502), not waited for. */
const PROXY_TIMEOUT_MS = 10_000;

export interface Balancer {
  readonly server: Server;
  readonly control: ControlTarget;
}

/** API cookie Path → the Path under the group's prefix; `*` keeps any other path inside it. */
export function cookiePathsFor(group: string): Record<string, string> {
  return { '/refresh': `/${group}/refresh`, '*': `/${group}/` };
}

const AFFINITY_PATTERN = /(?:^|;\s*)authlab\.lb=(\d+)/;

function readAffinity(req: IncomingMessage): number | null {
  const match = AFFINITY_PATTERN.exec(req.headers.cookie ?? '');
  return match === null ? null : Number(match[1]);
}

function affinityCookie(index: number): string {
  return `${AFFINITY_COOKIE_NAME}=${index}; Path=/; HttpOnly; SameSite=Strict`;
}

export function createBalancer(groups: readonly ControlledGroup[]): Balancer {
  const control: ControlTarget = { groups, sticky: false };
  const rotations = new Map<string, RoundRobin>(
    groups.map((group) => [group.name, createRoundRobin()]),
  );
  const proxy = httpProxy.createProxyServer({
    xfwd: false,
    changeOrigin: false,
    proxyTimeout: PROXY_TIMEOUT_MS,
  });
  // Per request: the affinity cookie to add to the instance's answer (sticky routing, new pin).
  const pins = new WeakMap<IncomingMessage, string>();

  proxy.on('proxyRes', (proxyRes, req) => {
    const pin = pins.get(req);
    if (pin === undefined) return;
    proxyRes.headers['set-cookie'] = [...(proxyRes.headers['set-cookie'] ?? []), pin];
  });

  function forward(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '/';
    const queryStart = url.includes('?') ? url.indexOf('?') : url.length;
    const [, groupName = '', ...rest] = url.slice(0, queryStart).split('/');
    const group = groups.find((candidate) => candidate.name === groupName);
    if (group === undefined) {
      sendError(res, 404, 'not_found', `Use /${groups.map((g) => g.name).join('/* or /')}/*.`);
      return;
    }
    if (group.unavailable !== null) {
      sendError(res, 503, 'redis_unavailable', group.unavailable);
      return;
    }
    const path = `/${rest.join('/')}`;
    if (group.signer !== null && SIGNER_PATHS.includes(path)) {
      // Only the signer holds the private key: issuing requests go to it, never round robin.
      if (group.signer.state !== 'running') {
        sendError(
          res,
          503,
          'no_instance_running',
          `${group.signer.spec.id} (the signer) is stopped.`,
        );
        return;
      }
      send(req, res, group, group.signer, `${path}${url.slice(queryStart)}`);
      return;
    }
    const pinned = control.sticky ? readAffinity(req) : null;
    const candidates = group.instances.map(({ spec, state }) => ({
      index: spec.index,
      running: state === 'running',
    }));
    const index = rotations.get(group.name)?.pick(candidates, pinned) ?? null;
    const instance = group.instances.find(({ spec }) => spec.index === index);
    if (instance === undefined) {
      sendError(res, 503, 'no_instance_running', `No instance of /${group.name} is running.`);
      return;
    }
    if (control.sticky && index !== pinned) pins.set(req, affinityCookie(instance.spec.index));
    send(req, res, group, instance, `${path}${url.slice(queryStart)}`);
  }

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    group: ControlledGroup,
    instance: ApiInstance,
    instanceUrl: string,
  ): void {
    req.url = instanceUrl;
    proxy.web(
      req,
      res,
      {
        target: `http://${INSTANCE_HOST}:${instance.spec.port}`,
        cookiePathRewrite: cookiePathsFor(group.name),
      },
      () => {
        if (!res.headersSent) {
          sendError(res, 502, 'instance_unreachable', `${instance.spec.id} did not answer.`);
        }
      },
    );
  }

  const server = createServer((req, res) => {
    if ((req.url ?? '').startsWith(CONTROL_PREFIX)) {
      handleControl(control, req, res).catch(() => {
        if (!res.headersSent) sendError(res, 500, 'internal_error', 'Control request failed.');
      });
      return;
    }
    forward(req, res);
  });
  server.on('close', () => proxy.close());
  return { server, control };
}
