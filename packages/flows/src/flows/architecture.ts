/**
 * Several servers behind a load balancer (document 004, "Architecture Differences"). Sessions kept
 * in each server's memory break as soon as a request lands on another server; a shared store
 * (Redis) fixes it. JWTs are verified with a key every server holds — with ES256 only the public
 * key, published at /.well-known/jwks.json — but logout and revocation still need one shared store.
 *
 * Step ids: session.login.*, session.auth.*, jwt.login.*, jwt.auth.*, jwt.jwks.respond (server);
 * browser steps <flow>.login, <flow>.next-request.
 * Reference: RFC 7517 (JWK Set); RFC 8725 §3.1–3.2; OWASP Session Management CS.
 */
import { buildJwtAuthSteps, buildJwtLoginSteps, buildJwtRespondStep } from '../steps/jwt-steps.ts';
import {
  buildSessionLoadStep,
  buildSessionLoginSteps,
  buildSessionReadCookieStep,
  buildSessionRejectSteps,
  buildSessionRespondStep,
} from '../steps/session-steps.ts';
import { adjustStep, forwardFrom, type Place, putInPhase } from '../steps/step-helpers.ts';
import type { Flow, Step } from '../types.ts';

export const LB = 'load-balancer';

export function place(
  api: 'server-1' | 'server-2',
  store: 'server-1' | 'server-2' | 'redis',
): Place {
  return { api, store, db: 'users-db' };
}

export function buildBrowserRequest(id: string, message: string, explanation: string): Step {
  return { id, side: 'browser', from: 'browser', to: LB, message, explanation, effects: [] };
}

export function buildSessionLogin(
  flowId: string,
  store: 'server-1' | 'redis',
  where: string,
  routing = 'The load balancer picks a server (round robin, no sticky sessions).',
): Step[] {
  return putInPhase('Login lands on server 1', [
    buildBrowserRequest(`${flowId}.login`, 'POST /login {email, password}', routing),
    ...forwardFrom(
      LB,
      adjustStep(buildSessionLoginSteps(place('server-1', store)), 'session.login.store-session', {
        message: `store the session in ${where}`,
        effects: [
          { location: 'server-store', change: 'gains', what: `session entry, in ${where}` },
        ],
      }),
    ),
  ]);
}

function buildNextRequest(flowId: string): Step {
  return buildBrowserRequest(
    `${flowId}.next-request`,
    'GET /me (Cookie: authlab.sid)',
    'The next request happens to land on the other server.',
  );
}

export const SESSION_ARCHITECTURE_MEMORY_FLOW: Flow = {
  id: 'session.architecture-memory',
  api: 'session',
  section: 'architecture',
  title: 'Sessions in each server’s memory: the second server does not know you',
  summary:
    "Two session-api servers, each keeping sessions in its own memory, behind a round-robin load balancer. John logs in on server 1; his next request lands on server 2, which has never seen his session id: 401, and he looks logged out. 004's 'Problem: sessions not shared between servers'. Sticky sessions only hide it until a server restarts.",
  steps: [
    ...buildSessionLogin('session.architecture-memory', 'server-1', "server 1's memory"),
    ...putInPhase('Next request lands on server 2', [
      buildNextRequest('session.architecture-memory'),
      ...forwardFrom(
        LB,
        buildSessionRejectSteps({
          outcome: 'missing',
          why: "not in server 2's memory",
          place: place('server-2', 'server-2'),
        }),
      ),
    ]),
  ],
};

export const SESSION_ARCHITECTURE_REDIS_FLOW: Flow = {
  id: 'session.architecture-redis',
  api: 'session',
  section: 'architecture',
  title: 'Sessions in a shared Redis: any server finds them',
  summary:
    "The same two servers, now sharing one Redis (REDIS_URL). Server 1 stores John's session there; server 2 reads it on the next request and answers 200. 004's 'Solution: use Redis or shared session storage'. The price is one network round trip per request (tens of microseconds on a LAN) and a store that must stay up (503 store_unavailable otherwise).",
  steps: [
    ...buildSessionLogin('session.architecture-redis', 'redis', 'the shared Redis'),
    ...putInPhase('Next request lands on server 2', [
      buildNextRequest('session.architecture-redis'),
      ...forwardFrom(LB, [
        buildSessionReadCookieStep(place('server-2', 'redis')),
        buildSessionLoadStep(place('server-2', 'redis')),
      ]),
      buildSessionRespondStep('{user}', place('server-2', 'redis')),
    ]),
  ],
};

export const JWT_ARCHITECTURE_FLOW: Flow = {
  id: 'jwt.architecture',
  api: 'jwt',
  section: 'architecture',
  title: 'JWTs across servers: verify with a key, revoke with a shared store',
  summary:
    "Two jwt-api servers behind the load balancer. Server 1 signs John's token at login; server 2 verifies it on the next request with nothing but the key: with ES256 it holds only the public key, fetched from /.well-known/jwks.json, and cannot sign. 004 says 'no shared storage needed': true for checking the signature, but logout and revocation work on every server only if the revocation state (here in Redis) is shared too.",
  steps: [
    ...putInPhase('Server 2 fetches the public keys (ES256)', [
      {
        id: 'jwt.jwks.respond',
        side: 'server',
        from: 'server-1',
        to: 'server-2',
        message: 'GET /.well-known/jwks.json → 200 {keys: [public JWK]}',
        explanation:
          "A JWK Set (RFC 7517) holds public keys only, named by kid. Any server or service can verify with them but none can sign. With HS256 every verifier holds the signing secret (004's shared JWT_SECRET) and this route answers 404.",
        effects: [],
      },
    ]),
    ...putInPhase('Login lands on server 1', [
      buildBrowserRequest(
        'jwt.architecture.login',
        'POST /login {email, password}',
        'The load balancer picks a server (round robin).',
      ),
      ...forwardFrom(
        LB,
        adjustStep(buildJwtLoginSteps(place('server-1', 'redis')), 'jwt.login.sign-access-token', {
          message: 'sign access token with the private key (ES256, kid)',
        }),
      ),
    ]),
    ...putInPhase('Next request lands on server 2', [
      buildBrowserRequest(
        'jwt.architecture.next-request',
        'GET /me + Authorization: Bearer <access token>',
        'The next request happens to land on the other server.',
      ),
      ...forwardFrom(
        LB,
        adjustStep(
          buildJwtAuthSteps({ place: place('server-2', 'redis') }),
          'jwt.auth.verify-signature',
          { message: 'verify with the public key for its kid (no private key here)' },
        ),
      ),
      buildJwtRespondStep('{user}', place('server-2', 'redis')),
    ]),
  ],
};
