/**
 * A protected request on both APIs (document 004, "Protected API Request Flow"): GET /users as
 * John, an admin. The session API looks the session up; the JWT API verifies the token and then
 * asks the revocation store one question, which is what makes logout real.
 *
 * Step ids: session.auth.*, session.request.*, jwt.auth.*, jwt.request.* (server);
 * session.request.send, jwt.request.send (browser).
 * Reference: RFC 6750 §2.1; RFC 8725 §3; OWASP Authorization CS.
 */
import { buildJwtAuthSteps, buildJwtRespondStep } from '../steps/jwt-steps.ts';
import {
  buildSessionLoadStep,
  buildSessionReadCookieStep,
  buildSessionRespondStep,
} from '../steps/session-steps.ts';
import type { Flow, ServerStep } from '../types.ts';

const AUTHORIZE_EXPLANATION =
  "Authentication says who is asking; authorization decides what they may do. Only admins list users (others get 403 forbidden), checked on the server for every request (OWASP Authorization CS, 'Deny by Default').";

const SESSION_USERS_STEPS: ServerStep[] = [
  {
    id: 'session.request.authorize',
    side: 'server',
    from: 'session-api',
    to: 'session-api',
    message: "role is 'admin'?",
    explanation: AUTHORIZE_EXPLANATION,
    effects: [],
  },
  {
    id: 'session.request.query-users',
    side: 'server',
    from: 'session-api',
    to: 'users-db',
    message: 'list users (never the hashes)',
    explanation: 'The route reads what it needs from the database; password hashes never leave it.',
    effects: [{ location: 'users-db', change: 'reads', what: 'users (public fields)' }],
  },
];

export const SESSION_REQUEST_FLOW: Flow = {
  id: 'session.request',
  api: 'session',
  section: 'protected-request',
  title: 'Session: protected request (GET /users)',
  summary:
    "John is logged in. The browser attaches the session cookie by itself; the server reads the id, loads the session from its store (sliding the idle deadline) and answers. The lookup costs tens of microseconds, not the documents' 10–50 ms.",
  steps: [
    {
      id: 'session.request.send',
      side: 'browser',
      from: 'browser',
      to: 'session-api',
      message: 'GET /users (Cookie: authlab.sid attached by the browser)',
      explanation:
        "fetch('/users') needs no auth code: the browser adds the cookie to same-site requests. The flip side is CSRF, which SameSite=Strict and the custom-header check handle.",
      effects: [{ location: 'cookie-jar', change: 'reads', what: 'authlab.sid' }],
    },
    buildSessionReadCookieStep(),
    buildSessionLoadStep(),
    ...SESSION_USERS_STEPS,
    buildSessionRespondStep('{users: [...]}'),
  ],
};

export const JWT_REQUEST_FLOW: Flow = {
  id: 'jwt.request',
  api: 'jwt',
  section: 'protected-request',
  title: 'JWT: protected request (GET /users)',
  summary:
    'John is logged in. The page puts the access token in the Authorization header itself; the server verifies the signature with a pinned algorithm, checks the claims, then asks the revocation store whether the token was withdrawn. Unlike the documents\' "no lookup!" JWT, that one lookup is what lets logout and revocation work before exp.',
  steps: [
    {
      id: 'jwt.request.send',
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: 'GET /users + Authorization: Bearer <access token>',
      explanation:
        'The page adds the header from the token it keeps in memory (RFC 6750 §2.1). Nothing is automatic: that is why this request cannot be forged cross-site.',
      effects: [
        { location: 'memory', change: 'reads', what: 'access token' },
        { location: 'header', change: 'gains', what: 'Authorization: Bearer …' },
      ],
    },
    ...buildJwtAuthSteps(),
    {
      id: 'jwt.request.authorize',
      side: 'server',
      from: 'jwt-api',
      to: 'jwt-api',
      message: "role claim is 'admin'?",
      explanation: AUTHORIZE_EXPLANATION,
      effects: [],
    },
    {
      id: 'jwt.request.query-users',
      side: 'server',
      from: 'jwt-api',
      to: 'users-db',
      message: 'list users (never the hashes)',
      explanation:
        'The token says who asks; the data still comes from the database, as in the session API.',
      effects: [{ location: 'users-db', change: 'reads', what: 'users (public fields)' }],
    },
    buildJwtRespondStep('{users: [...]}'),
  ],
};
