/**
 * Several servers, continued: what the cluster lab (`pnpm run lab:cluster`) shows beyond "who
 * knows the login". Sticky routing, and revocation across instances — a logout on server 1, then
 * a copy of the old credential on server 2. Where the revocation was written decides the answer:
 * one server's memory (only that server refuses) or the shared Redis (every server refuses).
 *
 * The logout steps are the single-server flows' own (logout.ts), moved onto server 1 and its
 * store, so both pages describe the same requests.
 *
 * Step ids: session.logout.*, session.auth.*, jwt.logout.*, jwt.auth.*, jwt.request.respond
 * (server); browser steps <flow>.login, <flow>.next-request, <flow>.logout, <flow>.replay-*.
 * Reference: OWASP Session Management CS, "Manual Session Expiration"; OWASP JWT CS, "No
 * Built-In Token Revocation by the User"; docs/cluster-lab.md.
 */
import { buildJwtAuthSteps, buildJwtRejectStep, buildJwtRespondStep } from '../steps/jwt-steps.ts';
import { buildSessionRejectSteps } from '../steps/session-steps.ts';
import { adjustStep, forwardFrom, putInPhase } from '../steps/step-helpers.ts';
import type { ActorId, Flow, ServerStep, Step } from '../types.ts';
import { buildBrowserRequest, buildSessionLogin, LB, place } from './architecture.ts';
import { JWT_LOGOUT_FLOW, SESSION_LOGOUT_FLOW } from './logout.ts';

type Store = 'server-1' | 'redis';

/** The server steps of a single-server flow's logout phase, played by `api` and `store`. */
function moveLogoutSteps(flow: Flow, actors: Readonly<Partial<Record<ActorId, ActorId>>>) {
  const move = (actor: ActorId) => actors[actor] ?? actor;
  return flow.steps
    .filter((step): step is ServerStep => step.side === 'server' && step.phase === 'Logout')
    .map((step) => ({ ...step, from: move(step.from), to: move(step.to) }));
}

export const SESSION_ARCHITECTURE_STICKY_FLOW: Flow = {
  id: 'session.architecture-sticky',
  api: 'session',
  section: 'architecture',
  title: 'Sticky routing: sessions in memory work until the server stops',
  summary:
    'The memory set-up with sticky routing: the balancer pins John to the server that handled his login (an affinity cookie), so every request finds his session. Then server 1 stops — a deploy, a crash. The balancer cannot honour the pin and sends him to server 2, which never saw his session: 401, logged out. A shared store needs no pin and survives the stop.',
  steps: [
    ...buildSessionLogin(
      'session.architecture-sticky',
      'server-1',
      "server 1's memory",
      'Sticky routing: the balancer picks server 1 and pins John to it (Set-Cookie: authlab.lb=1).',
    ),
    ...putInPhase('Server 1 stops; the balancer moves John to server 2', [
      buildBrowserRequest(
        'session.architecture-sticky.next-request',
        'GET /me (Cookie: authlab.sid, authlab.lb=1)',
        'Server 1 is gone, so the pin cannot be honoured: the balancer picks a running server.',
      ),
      ...forwardFrom(
        LB,
        buildSessionRejectSteps({
          outcome: 'missing',
          why: "the session was in server 1's memory, gone with it",
          place: place('server-2', 'server-2'),
        }),
      ),
    ]),
  ],
};

export const SESSION_ARCHITECTURE_LOGOUT_FLOW: Flow = {
  id: 'session.architecture-logout',
  api: 'session',
  section: 'architecture',
  title: 'Logout on one server, refused on every server (shared Redis)',
  summary:
    'John is logged in; the servers share one Redis. His logout lands on server 1, which deletes the session from Redis. A copy of the old cookie, replayed, lands on server 2: Redis no longer has the session, 401. With a shared store, revocation is immediate on every server.',
  steps: [
    ...putInPhase('Logout lands on server 1', [
      buildBrowserRequest(
        'session.architecture-logout.logout',
        'POST /logout + X-Requested-With (Cookie: authlab.sid)',
        'The load balancer picks server 1 for the logout.',
      ),
      ...forwardFrom(
        LB,
        moveLogoutSteps(SESSION_LOGOUT_FLOW, {
          'session-api': 'server-1',
          'session-store': 'redis',
        }),
      ),
    ]),
    ...putInPhase('A copy of the old cookie lands on server 2', [
      buildBrowserRequest(
        'session.architecture-logout.replay-old-cookie',
        'GET /me + Cookie: authlab.sid=<old id>',
        'As an attacker who copied the cookie before logout would send it; it lands on server 2.',
      ),
      ...forwardFrom(
        LB,
        buildSessionRejectSteps({
          outcome: 'missing',
          why: 'deleted from the shared Redis by the logout on server 1',
          place: place('server-2', 'redis'),
        }),
      ),
    ]),
  ],
};

function buildJwtLogoutAcross(flowId: string, store: Store): Step[] {
  const where = store === 'redis' ? 'the shared Redis' : "server 1's memory";
  const logout = adjustStep(
    moveLogoutSteps(JWT_LOGOUT_FLOW, { 'jwt-api': 'server-1', 'revocation-store': store }),
    'jwt.logout.deny-access-token',
    { message: `denylist jti until its exp, in ${where}` },
  );
  const server2 = place('server-2', store === 'redis' ? 'redis' : 'server-2');
  const replay =
    store === 'redis'
      ? [
          ...buildJwtAuthSteps({
            place: server2,
            deniedBecause: 'the jti is on the denylist server 1 wrote to Redis',
          }),
          buildJwtRejectStep(server2),
        ]
      : [...buildJwtAuthSteps({ place: server2 }), buildJwtRespondStep('{user}', server2)];
  return [
    ...putInPhase('Logout lands on server 1', [
      buildBrowserRequest(
        `${flowId}.logout`,
        'POST /logout + Authorization: Bearer <access token> + X-Requested-With',
        'The load balancer picks server 1 for the logout.',
      ),
      ...forwardFrom(LB, logout),
    ]),
    ...putInPhase('A copy of the old access token lands on server 2', [
      buildBrowserRequest(
        `${flowId}.replay-access-token`,
        'GET /me + Authorization: Bearer <old access token>',
        'As an attacker who copied the token before logout would send it; it lands on server 2.',
      ),
      ...forwardFrom(LB, replay),
    ]),
  ];
}

export const JWT_ARCHITECTURE_LOGOUT_MEMORY_FLOW: Flow = {
  id: 'jwt.architecture-logout-memory',
  api: 'jwt',
  section: 'architecture',
  title: 'JWT logout on one server, still accepted on another (denylist per server)',
  summary:
    "Each server keeps its own revocation store in memory. John's logout lands on server 1, which denylists the token's jti — in its own memory. A copy of the token lands on server 2: the signature and claims are fine and server 2's denylist is empty, 200 until exp. Verifying needs only the key; revoking needs shared state.",
  steps: buildJwtLogoutAcross('jwt.architecture-logout-memory', 'server-1'),
};

export const JWT_ARCHITECTURE_LOGOUT_REDIS_FLOW: Flow = {
  id: 'jwt.architecture-logout-redis',
  api: 'jwt',
  section: 'architecture',
  title: 'JWT logout on one server, refused on every server (shared Redis denylist)',
  summary:
    "The servers share one Redis as their revocation store. John's logout lands on server 1, which denylists the jti in Redis. A copy of the token lands on server 2: check-revocation finds the jti there, 401 invalid_token. The JWT servers now share a store, like the session servers.",
  steps: buildJwtLogoutAcross('jwt.architecture-logout-redis', 'redis'),
};
