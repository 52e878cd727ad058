/**
 * Logout (document 004, "Logout Flow"), each followed by the test that matters: a copy of the old
 * credential, replayed afterwards. The session dies with its store entry; the JWT dies only
 * because the server records it (denylist + family revocation). The documents' client-only logout
 * is in logout-client-only.ts.
 *
 * Step ids: session.logout.*, jwt.logout.*, session.auth.*, jwt.auth.* (server); browser steps
 * session.logout.*, jwt.logout.*.
 * Reference: OWASP Session Management CS ("Manual Session Expiration"); OWASP JWT CS ("No
 * Built-In Token Revocation by the User").
 */
import { buildJwtAuthSteps, buildJwtCsrfStep, buildJwtRejectStep } from '../steps/jwt-steps.ts';
import {
  buildSessionCsrfStep,
  buildSessionLoadStep,
  buildSessionReadCookieStep,
  buildSessionRejectSteps,
} from '../steps/session-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

export const SESSION_LOGOUT_FLOW: Flow = {
  id: 'session.logout',
  api: 'session',
  section: 'logout',
  title: 'Session logout (and replaying the old cookie)',
  summary:
    'John logs out: the server deletes the session entry and expires the cookie. To prove it, a copy of the old cookie (as a thief would hold) is replayed: the id leads nowhere, 401. Deleting server state is the whole logout; the cookie is only a key.',
  steps: [
    ...putInPhase('Logout', [
      {
        id: 'session.logout.submit',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: 'POST /logout + X-Requested-With (Cookie: authlab.sid)',
        explanation:
          'A POST with the CSRF header: a hostile page cannot log the user out, and no link or image can trigger it.',
        effects: [{ location: 'cookie-jar', change: 'reads', what: 'authlab.sid' }],
      },
      buildSessionCsrfStep(),
      buildSessionReadCookieStep(),
      buildSessionLoadStep(),
      {
        id: 'session.logout.destroy-session',
        side: 'server',
        from: 'session-api',
        to: 'session-store',
        message: 'delete the session entry',
        explanation:
          "The server-side delete is the logout: from now on the id leads nowhere, whoever holds a copy (OWASP Session Management CS, 'Manual Session Expiration').",
        effects: [{ location: 'server-store', change: 'loses', what: 'session entry' }],
      },
      {
        id: 'session.logout.clear-cookie',
        side: 'server',
        from: 'session-api',
        to: 'browser',
        message: '200 {success} + Set-Cookie: authlab.sid=; Max-Age=0',
        explanation:
          'Tidies the browser up. It is not what makes logout safe: a copied cookie is not cleared by this.',
        effects: [{ location: 'header', change: 'gains', what: 'Set-Cookie: authlab.sid expired' }],
      },
      {
        id: 'session.logout.drop-cookie',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'cookie jar drops authlab.sid',
        explanation: 'The browser deletes the expired cookie.',
        effects: [{ location: 'cookie-jar', change: 'loses', what: 'authlab.sid' }],
      },
    ]),
    ...putInPhase('Replay of a copied cookie', [
      {
        id: 'session.logout.replay-old-cookie',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: 'GET /me + Cookie: authlab.sid=<old id>',
        explanation:
          'As an attacker who copied the cookie before logout (session hijacking) would send it.',
        effects: [{ location: 'header', change: 'gains', what: 'Cookie: authlab.sid=<old id>' }],
      },
      ...buildSessionRejectSteps({ outcome: 'missing', why: 'destroyed at logout' }),
    ]),
  ],
};

export const JWT_LOGOUT_FLOW: Flow = {
  id: 'jwt.logout',
  api: 'jwt',
  section: 'logout',
  title: 'JWT logout, recommended (and replaying the old token)',
  summary:
    'John logs out: the server puts the access token\'s jti on the denylist until its exp and revokes the refresh family, then expires the refresh cookie. A copy of the old access token, replayed, is refused at check-revocation: 401. This is 004\'s "add to blacklist (optional)" made mandatory.',
  steps: [
    ...putInPhase('Logout', [
      {
        id: 'jwt.logout.submit',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'POST /logout + Authorization: Bearer <access token> + X-Requested-With',
        explanation:
          'The access token says which token and which family to end (its jti and fid claims).',
        effects: [{ location: 'memory', change: 'reads', what: 'access token' }],
      },
      buildJwtCsrfStep(),
      ...buildJwtAuthSteps(),
      {
        id: 'jwt.logout.deny-access-token',
        side: 'server',
        from: 'jwt-api',
        to: 'revocation-store',
        message: 'denylist jti until its exp',
        explanation:
          'The entry only has to live until the token would expire anyway (at most 15 min), so the denylist stays small (OWASP JWT CS, "No Built-In Token Revocation by the User").',
        effects: [
          { location: 'revocation-store', change: 'gains', what: 'denylist: jti (until exp)' },
        ],
      },
      {
        id: 'jwt.logout.revoke-family',
        side: 'server',
        from: 'jwt-api',
        to: 'revocation-store',
        message: 'revoke refresh family fid',
        explanation:
          'Without this a copied refresh token would mint new access tokens for days after logout.',
        effects: [
          { location: 'revocation-store', change: 'changes', what: 'refresh family: revoked' },
        ],
      },
      {
        id: 'jwt.logout.respond',
        side: 'server',
        from: 'jwt-api',
        to: 'browser',
        message: '200 {success} + Set-Cookie: authlab.rt=; Max-Age=0',
        explanation: 'The refresh cookie is expired in the browser as well.',
        effects: [{ location: 'header', change: 'gains', what: 'Set-Cookie: authlab.rt expired' }],
      },
      {
        id: 'jwt.logout.forget-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'drop the access token; cookie jar drops authlab.rt',
        explanation: 'The page forgets its variable; the browser deletes the expired cookie.',
        effects: [
          { location: 'memory', change: 'loses', what: 'access token' },
          { location: 'cookie-jar', change: 'loses', what: 'authlab.rt' },
        ],
      },
    ]),
    ...putInPhase('Replay of a copied access token', [
      {
        id: 'jwt.logout.replay-access-token',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'GET /me + Authorization: Bearer <old access token>',
        explanation:
          'As an attacker who copied the token before logout would send it; exp has not passed.',
        effects: [{ location: 'header', change: 'gains', what: 'Authorization: Bearer <old>' }],
      },
      ...buildJwtAuthSteps({ deniedBecause: 'the jti is on the denylist' }),
      buildJwtRejectStep(),
    ]),
  ],
};
