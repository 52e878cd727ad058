/**
 * Password change: Jane re-enters her current password, sets a new one, and every login she had
 * ends, including the one that asked. Whoever stole a session or a token loses it the moment the
 * victim changes her password.
 *
 * Step ids: session.password.*, jwt.password.*, session.revoke.destroy-user-sessions,
 * jwt.revoke.bump-credential-version (server); browser steps <api>.password-change.*.
 * Reference: OWASP Authentication CS ("Require re-authentication for sensitive features");
 * OWASP Session Management CS (renew or end sessions on password change); ASVS V3.3.3.
 */
import { buildJwtAuthSteps, buildJwtCsrfStep } from '../steps/jwt-steps.ts';
import {
  buildBumpCredentialVersionStep,
  buildDestroyUserSessionsStep,
} from '../steps/revoke-steps.ts';
import {
  buildSessionCsrfStep,
  buildSessionLoadStep,
  buildSessionReadCookieStep,
} from '../steps/session-steps.ts';
import type { ActorId, Flow, ServerStep } from '../types.ts';

const WHY = 'a thief holding a stolen one loses it now';

function buildPasswordSteps(api: 'session' | 'jwt', actor: ActorId): [ServerStep, ServerStep] {
  return [
    {
      id: `${api}.password.verify-current`,
      side: 'server',
      from: actor,
      to: 'users-db',
      message: 'scrypt-verify current_password',
      explanation:
        "Re-authentication: a hijacked session or a stolen token alone cannot change the password and lock the owner out (OWASP Authentication CS, 'Require re-authentication for sensitive features').",
      effects: [{ location: 'users-db', change: 'reads', what: "Jane's scrypt hash" }],
    },
    {
      id: `${api}.password.update-hash`,
      side: 'server',
      from: actor,
      to: 'users-db',
      message: 'store the scrypt hash of new_password',
      explanation:
        'A fresh salt and the same OWASP scrypt parameters; the password itself is never stored or logged.',
      effects: [{ location: 'users-db', change: 'changes', what: "Jane's password hash" }],
    },
  ];
}

export const SESSION_PASSWORD_CHANGE_FLOW: Flow = {
  id: 'session.password-change',
  api: 'session',
  section: 'password-change',
  title: 'Session: change password',
  summary:
    'Jane sends her current and new password. The server re-checks the current one, stores the new hash, deletes every session of hers (this one too) and expires the cookie: she logs in again with the new password, and anyone holding an old session id is out.',
  steps: [
    {
      id: 'session.password-change.submit',
      side: 'browser',
      from: 'browser',
      to: 'session-api',
      message: 'POST /me/password {current_password, new_password}',
      explanation: 'With X-Requested-With, like every state-changing request.',
      effects: [{ location: 'cookie-jar', change: 'reads', what: 'authlab.sid' }],
    },
    buildSessionCsrfStep(),
    buildSessionReadCookieStep(),
    buildSessionLoadStep(),
    ...buildPasswordSteps('session', 'session-api'),
    buildDestroyUserSessionsStep('Jane', WHY),
    {
      id: 'session.password.respond',
      side: 'server',
      from: 'session-api',
      to: 'browser',
      message: '200 {success} + Set-Cookie: authlab.sid=; Max-Age=0',
      explanation: 'The current session ended with the others, so the cookie is expired too.',
      effects: [{ location: 'header', change: 'gains', what: 'Set-Cookie: authlab.sid expired' }],
    },
    {
      id: 'session.password-change.log-in-again',
      side: 'browser',
      from: 'browser',
      to: 'browser',
      message: 'cookie jar drops authlab.sid; show the login form',
      explanation: 'Jane logs in with the new password and gets a new session id.',
      effects: [{ location: 'cookie-jar', change: 'loses', what: 'authlab.sid' }],
    },
  ],
};

export const JWT_PASSWORD_CHANGE_FLOW: Flow = {
  id: 'jwt.password-change',
  api: 'jwt',
  section: 'password-change',
  title: 'JWT: change password',
  summary:
    'Jane sends her current and new password. The server re-checks the current one, stores the new hash and raises her credential version, so every access and refresh token she (or a thief) holds is refused from now on. She logs in again with the new password. Without the version, stolen tokens would outlive the password change until they expire.',
  steps: [
    {
      id: 'jwt.password-change.submit',
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: 'POST /me/password {current_password, new_password} + Bearer',
      explanation: 'With X-Requested-With, like every state-changing request.',
      effects: [{ location: 'memory', change: 'reads', what: 'access token' }],
    },
    buildJwtCsrfStep(),
    ...buildJwtAuthSteps(),
    ...buildPasswordSteps('jwt', 'jwt-api'),
    buildBumpCredentialVersionStep('Jane', WHY),
    {
      id: 'jwt.password.respond',
      side: 'server',
      from: 'jwt-api',
      to: 'browser',
      message: '200 {success} + Set-Cookie: authlab.rt=; Max-Age=0',
      explanation:
        'Every token of Jane now carries an outdated ver, this one included; the refresh cookie is expired too.',
      effects: [{ location: 'header', change: 'gains', what: 'Set-Cookie: authlab.rt expired' }],
    },
    {
      id: 'jwt.password-change.log-in-again',
      side: 'browser',
      from: 'browser',
      to: 'browser',
      message: 'drop the tokens; show the login form',
      explanation: 'Jane logs in with the new password and gets tokens with the new version.',
      effects: [
        { location: 'memory', change: 'loses', what: 'access token' },
        { location: 'cookie-jar', change: 'loses', what: 'authlab.rt' },
      ],
    },
  ],
};
