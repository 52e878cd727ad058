/**
 * "Log out everywhere": John is logged in on his laptop and his phone and ends both from the
 * laptop. Sessions: delete all his entries. JWTs: bump his credential version, so every token he
 * holds anywhere carries an outdated `ver`. The phone's next request proves it.
 *
 * Step ids: session.logout-all.respond, jwt.logout-all.respond, session.revoke.destroy-user-sessions,
 * jwt.revoke.bump-credential-version, session.auth.*, jwt.auth.* (server); browser steps
 * <api>.logout-all.*.
 * Reference: OWASP Session Management CS; OWASP JWT CS ("No Built-In Token Revocation by the
 * User"); ASVS V3.3.
 */
import { buildJwtAuthSteps, buildJwtCsrfStep, buildJwtRejectStep } from '../steps/jwt-steps.ts';
import {
  buildBumpCredentialVersionStep,
  buildDestroyUserSessionsStep,
} from '../steps/revoke-steps.ts';
import {
  buildSessionCsrfStep,
  buildSessionLoadStep,
  buildSessionReadCookieStep,
  buildSessionRejectSteps,
} from '../steps/session-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

const WHY = 'the user asked to end every login';

export const SESSION_LOGOUT_ALL_FLOW: Flow = {
  id: 'session.logout-all',
  api: 'session',
  section: 'logout',
  title: 'Session: log out everywhere',
  summary:
    "John is logged in on his laptop and his phone. From the laptop he calls POST /logout-all: the server deletes every session entry of his and expires the laptop's cookie. The phone's next request is refused (401) although its cookie is untouched.",
  steps: [
    ...putInPhase('Laptop: log out everywhere', [
      {
        id: 'session.logout-all.submit',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: 'laptop: POST /logout-all + X-Requested-With',
        explanation: 'For a lost phone or a shared computer: end every login, not only this one.',
        effects: [{ location: 'cookie-jar', change: 'reads', what: 'authlab.sid (laptop)' }],
      },
      buildSessionCsrfStep(),
      buildSessionReadCookieStep(),
      buildSessionLoadStep(),
      buildDestroyUserSessionsStep('John', WHY),
      {
        id: 'session.logout-all.respond',
        side: 'server',
        from: 'session-api',
        to: 'browser',
        message: '200 {success, ended: 2} + Set-Cookie: authlab.sid=; Max-Age=0',
        explanation: 'ended counts the sessions deleted: the laptop and the phone.',
        effects: [{ location: 'header', change: 'gains', what: 'Set-Cookie: authlab.sid expired' }],
      },
      {
        id: 'session.logout-all.drop-cookie',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'cookie jar drops authlab.sid',
        explanation: 'The laptop forgets its cookie.',
        effects: [{ location: 'cookie-jar', change: 'loses', what: 'authlab.sid (laptop)' }],
      },
    ]),
    ...putInPhase("Phone's next request", [
      {
        id: 'session.logout-all.other-device-request',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: 'phone: GET /me (Cookie: its own authlab.sid)',
        explanation: 'The phone still holds its cookie: nothing reached it.',
        effects: [{ location: 'cookie-jar', change: 'reads', what: 'authlab.sid (phone)' }],
      },
      ...buildSessionRejectSteps({ outcome: 'missing', why: 'ended by logout-all' }),
    ]),
  ],
};

export const JWT_LOGOUT_ALL_FLOW: Flow = {
  id: 'jwt.logout-all',
  api: 'jwt',
  section: 'logout',
  title: 'JWT: log out everywhere',
  summary:
    "John is logged in on his laptop and his phone. From the laptop he calls POST /logout-all: the server raises his credential version, so every access and refresh token he holds anywhere carries an outdated ver. The phone's next request is refused (401) although its token has not expired. Without that version the server could only wait for exp.",
  steps: [
    ...putInPhase('Laptop: log out everywhere', [
      {
        id: 'jwt.logout-all.submit',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'laptop: POST /logout-all + Bearer + X-Requested-With',
        explanation: 'For a lost phone or a shared computer: end every login, not only this one.',
        effects: [{ location: 'memory', change: 'reads', what: 'access token (laptop)' }],
      },
      buildJwtCsrfStep(),
      ...buildJwtAuthSteps(),
      buildBumpCredentialVersionStep('John', WHY),
      {
        id: 'jwt.logout-all.respond',
        side: 'server',
        from: 'jwt-api',
        to: 'browser',
        message: '200 {success} + Set-Cookie: authlab.rt=; Max-Age=0',
        explanation:
          "Nothing else to delete: the one number made every token of John's outdated, wherever it is. The laptop's refresh cookie is expired as well.",
        effects: [{ location: 'header', change: 'gains', what: 'Set-Cookie: authlab.rt expired' }],
      },
      {
        id: 'jwt.logout-all.forget-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'drop the access token; cookie jar drops authlab.rt',
        explanation:
          "The laptop forgets its tokens. The phone's refresh token carries the old ver, so /refresh refuses it too.",
        effects: [
          { location: 'memory', change: 'loses', what: 'access token (laptop)' },
          { location: 'cookie-jar', change: 'loses', what: 'authlab.rt (laptop)' },
        ],
      },
    ]),
    ...putInPhase("Phone's next request", [
      {
        id: 'jwt.logout-all.other-device-request',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'phone: GET /me + Bearer <its token, exp not reached>',
        explanation: 'The phone still holds a well-signed, unexpired token.',
        effects: [{ location: 'memory', change: 'reads', what: 'access token (phone)' }],
      },
      ...buildJwtAuthSteps({
        deniedBecause: "the token's ver is older than John's credential version",
      }),
      buildJwtRejectStep(),
    ]),
  ],
};
