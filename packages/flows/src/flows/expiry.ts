/**
 * Expiry (document 004, "Expiration Handling"). Sessions: each request slides the idle deadline,
 * 30 minutes of silence lets the store drop the entry, and 8 hours after login even a busy session
 * ends. JWTs: the client refreshes before exp, the old access token lapses unnoticed, and the
 * refresh family's 30-day lifetime finally sends the user back to the login form.
 *
 * Step ids: session.auth.*, session.request.respond, jwt.refresh.* (server); browser and store steps
 * session.expiry.*, jwt.expiry.*.
 * Reference: OWASP Session Management CS ("Session Expiration"); RFC 9700 §4.14.2; RFC 7519 §4.1.4.
 */
import { buildJwtRefreshRejectSteps, buildJwtRefreshSteps } from '../steps/jwt-refresh-steps.ts';
import {
  buildSessionLoadStep,
  buildSessionReadCookieStep,
  buildSessionRejectSteps,
  buildSessionRespondStep,
} from '../steps/session-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

export const SESSION_EXPIRY_FLOW: Flow = {
  id: 'session.expiry',
  api: 'session',
  section: 'expiration',
  title: 'Session expiry: idle and absolute timeouts',
  summary:
    'Jane logged in at 0:00. A request at 0:20 slides her idle deadline to 0:50; after 30 minutes without a request the store drops the entry by itself, and her next request is refused. A second session, used all day, still ends 8 hours after its login (absolute timeout). The server decides, and can also end a session at any time (session.revocation).',
  steps: [
    ...putInPhase('0:20 — within the idle window', [
      {
        id: 'session.expiry.request-in-window',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: 'GET /me at 0:20',
        explanation: 'Any request counts as activity.',
        effects: [{ location: 'cookie-jar', change: 'reads', what: 'authlab.sid' }],
      },
      buildSessionReadCookieStep(),
      {
        ...buildSessionLoadStep(),
        message: 'load session; idle deadline 0:30 → 0:50',
        explanation:
          "A sliding window: active users stay logged in, an abandoned session dies soon (OWASP Session Management CS, 'Idle Timeout').",
      },
      buildSessionRespondStep('{user}'),
    ]),
    ...putInPhase('0:50 — idle timeout', [
      {
        id: 'session.expiry.store-ttl-expires',
        side: 'store',
        from: 'session-store',
        to: 'session-store',
        message: 'TTL runs out: the entry is deleted',
        explanation:
          'Redis deletes the key when its TTL (the idle deadline) is reached; the memory store treats it as gone. No server code runs, nothing is sent.',
        effects: [
          { location: 'server-store', change: 'loses', what: 'session entry (idle 30 min)' },
        ],
      },
      {
        id: 'session.expiry.request-after-idle',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: 'GET /me at 1:00',
        explanation:
          'The browser still sends the cookie (it has no Max-Age): the server decides. The trace says missing (Redis dropped the key) or expired (the memory store found it past its deadline).',
        effects: [{ location: 'cookie-jar', change: 'reads', what: 'authlab.sid' }],
      },
      ...buildSessionRejectSteps({ outcome: 'missing', why: 'idle for 30 minutes' }),
    ]),
    ...putInPhase('8:00 — absolute timeout', [
      {
        id: 'session.expiry.request-after-absolute',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: 'GET /me at 8:00 (another session, in use all day)',
        explanation:
          'Requests every few minutes kept sliding its idle deadline, but the absolute deadline counts from login.',
        effects: [{ location: 'cookie-jar', change: 'reads', what: 'authlab.sid' }],
      },
      ...buildSessionRejectSteps({ outcome: 'expired', why: '8 hours since login' }),
    ]),
  ],
};

export const JWT_EXPIRY_FLOW: Flow = {
  id: 'jwt.expiry',
  api: 'jwt',
  section: 'expiration',
  title: 'JWT expiry: proactive refresh and the family lifetime',
  summary:
    "John logged in at 0:00 with a 15-minute access token. At 0:14 the page refreshes before exp; at 0:15 the old token lapses without anyone noticing. Refreshes keep him logged in, but 30 days after login the refresh family ends: POST /refresh is refused and he logs in again. Compare 004: 1 h access token, 168 h refresh token, and 'server cannot revoke tokens without blacklist'.",
  steps: [
    ...putInPhase('0:14 — proactive refresh', [
      {
        id: 'jwt.expiry.schedule-refresh',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'timer: exp − 60 s reached',
        explanation:
          'The page read expires_in at login and refreshes a minute early, so requests never wait on a 401. The 401 path (jwt.refresh) must still work: clocks differ and tokens get revoked.',
        effects: [{ location: 'memory', change: 'reads', what: 'access token expiry' }],
      },
      {
        id: 'jwt.expiry.refresh',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'POST /refresh + X-Requested-With (Cookie: authlab.rt)',
        explanation: 'The same refresh as after a 401, only earlier.',
        effects: [{ location: 'cookie-jar', change: 'reads', what: 'authlab.rt' }],
      },
      ...buildJwtRefreshSteps(),
      {
        id: 'jwt.expiry.keep-new-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'new access token → memory; rotated authlab.rt → cookie jar',
        explanation: 'The page swaps its variable; the browser replaces the cookie.',
        effects: [
          { location: 'memory', change: 'changes', what: 'access token (exp 0:29)' },
          { location: 'cookie-jar', change: 'changes', what: 'authlab.rt (rotated)' },
        ],
      },
    ]),
    ...putInPhase('0:15 — old access token expires', [
      {
        id: 'jwt.expiry.old-token-lapses',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: "the replaced token's exp passes",
        explanation:
          'Nothing happens and nothing is stored: expiry is a claim inside the token. A copy of it is now refused everywhere.',
        effects: [],
      },
    ]),
    ...putInPhase('Day 30 — refresh family ends', [
      {
        id: 'jwt.expiry.refresh-at-family-end',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'POST /refresh on day 30 (Cookie: authlab.rt)',
        explanation:
          'The refresh token itself was rotated recently and is within its 7 days, but its family started 30 days ago. The trace says expired (or missing once Redis has dropped the family).',
        effects: [{ location: 'cookie-jar', change: 'reads', what: 'authlab.rt' }],
      },
      ...buildJwtRefreshRejectSteps('expired', 'the family is past its 30-day lifetime'),
      {
        id: 'jwt.expiry.log-in-again',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'show the login form',
        explanation:
          "A bounded login, like the session's absolute timeout: even a stolen refresh token used carefully stops after 30 days. The 7-day token lifetime is RFC 9700 §4.14.2's 'expire if the client has been inactive'.",
        effects: [{ location: 'memory', change: 'loses', what: 'access token' }],
      },
    ]),
  ],
};
