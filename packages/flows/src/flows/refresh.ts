/**
 * Token refresh (document 004, "Token Refresh Flow (JWT Only)"): an expired access token earns a
 * 401, the axios interceptor calls POST /refresh, the server rotates the refresh token and signs a
 * new access token, and the interceptor retries the original request once.
 *
 * Step ids: jwt.auth.*, jwt.refresh.*, jwt.request.* (server); jwt.refresh.send-expired,
 * jwt.refresh.intercept-401, jwt.refresh.request, jwt.refresh.keep-new-tokens, jwt.refresh.retry
 * (browser).
 * Reference: RFC 6750 §3.1; RFC 9700 §4.14.2 (refresh-token rotation and reuse detection).
 */
import { buildJwtRefreshSteps } from '../steps/jwt-refresh-steps.ts';
import { buildJwtAuthSteps, buildJwtRejectStep, buildJwtRespondStep } from '../steps/jwt-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow, ServerStep, Step } from '../types.ts';

/** GET /users with a token whose exp has passed: the checks stop at the claims. */
function buildExpiredTokenSteps(): ServerStep[] {
  const [extract, verify, checkClaims] = buildJwtAuthSteps();
  return [
    extract,
    verify,
    {
      ...checkClaims,
      message: 'check typ, iss, aud, exp → expired',
      explanation:
        'The signature is fine but exp is in the past (RFC 7519 §4.1.4): the token is refused, whoever holds it.',
      outcome: 'expired',
    },
    buildJwtRejectStep(),
  ];
}

const retrySteps: Step[] = [
  {
    id: 'jwt.refresh.retry',
    side: 'browser',
    from: 'browser',
    to: 'jwt-api',
    message: 'GET /users + Authorization: Bearer <new access token>',
    explanation:
      'The interceptor replays the original request once. If it fails again it gives up, so a broken token can never cause a loop.',
    effects: [{ location: 'header', change: 'gains', what: 'Authorization: Bearer <new>' }],
  },
  ...buildJwtAuthSteps(),
  {
    id: 'jwt.request.authorize',
    side: 'server',
    from: 'jwt-api',
    to: 'jwt-api',
    message: "role claim is 'admin'?",
    explanation: 'Authorization is checked again on the retried request, as on every request.',
    effects: [],
  },
  {
    id: 'jwt.request.query-users',
    side: 'server',
    from: 'jwt-api',
    to: 'users-db',
    message: 'list users (never the hashes)',
    explanation: 'Same route as before; the user never saw the 401.',
    effects: [{ location: 'users-db', change: 'reads', what: 'users (public fields)' }],
  },
  buildJwtRespondStep('{users: [...]}'),
];

export const JWT_REFRESH_FLOW: Flow = {
  id: 'jwt.refresh',
  api: 'jwt',
  section: 'token-refresh',
  title: 'JWT: refresh after a 401',
  summary:
    "John's access token has expired. GET /users answers 401; the axios interceptor calls POST /refresh with the refresh cookie, the server rotates the refresh token (the old one is now spent; replaying it later revokes the whole family) and signs a new access token, and the interceptor retries GET /users once. 004's refresh returned no new refresh token and kept it in localStorage.",
  steps: [
    ...putInPhase('Access token expired', [
      {
        id: 'jwt.refresh.send-expired',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'GET /users + Authorization: Bearer <expired token>',
        explanation:
          'The page does not know the token has expired (or it was revoked): the server decides.',
        effects: [{ location: 'memory', change: 'reads', what: 'access token (expired)' }],
      },
      ...buildExpiredTokenSteps(),
    ]),
    ...putInPhase('Interceptor refreshes', [
      {
        id: 'jwt.refresh.intercept-401',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'axios interceptor catches the 401',
        explanation:
          'One shared refresh for all requests that failed together: two refreshes with the same token would look like theft and end the login. A 401 from /refresh itself is never refreshed.',
        effects: [],
      },
      {
        id: 'jwt.refresh.request',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'POST /refresh + X-Requested-With (Cookie: authlab.rt sent by the browser)',
        explanation:
          'The refresh cookie goes only to /refresh (Path=/refresh). 004 posts {refresh_token} read from localStorage, which any script can read.',
        effects: [{ location: 'cookie-jar', change: 'reads', what: 'authlab.rt' }],
        note: '004: {refresh_token} from localStorage',
      },
      ...buildJwtRefreshSteps(),
      {
        id: 'jwt.refresh.keep-new-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'new access token → memory; rotated authlab.rt → cookie jar',
        explanation: 'The old refresh token is spent; the browser replaced the cookie by itself.',
        effects: [
          { location: 'memory', change: 'changes', what: 'access token → new one' },
          { location: 'cookie-jar', change: 'changes', what: 'authlab.rt → rotated one' },
        ],
      },
    ]),
    ...putInPhase('Retry once', retrySteps),
  ],
};
