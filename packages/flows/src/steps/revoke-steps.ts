/**
 * The server steps that end logins other than the current request's: an admin's revocation, a
 * user's "log out everywhere", a password change. Sessions delete entries; JWTs raise the user's
 * credential version, which every token carries as its `ver` claim, and with it the user's
 * credential floor in the revocation store, which every access token is checked against.
 *
 * Step ids: session.revoke.*, jwt.revoke.*.
 * Reference: OWASP Session Management CS; OWASP JWT CS ("No Built-In Token Revocation by the
 * User"); ASVS V3.3 (session termination).
 */
import type { ServerStep } from '../types.ts';
import { buildJwtAuthSteps, buildJwtCsrfStep } from './jwt-steps.ts';
import {
  buildSessionCsrfStep,
  buildSessionLoadStep,
  buildSessionReadCookieStep,
} from './session-steps.ts';

export function buildDestroyUserSessionsStep(whose: string, why: string): ServerStep {
  return {
    id: 'session.revoke.destroy-user-sessions',
    side: 'server',
    from: 'session-api',
    to: 'session-store',
    message: `delete every session of ${whose}`,
    explanation: `The store finds sessions by user id and deletes them: ${why}. Each deleted id now leads nowhere, on every device.`,
    effects: [{ location: 'server-store', change: 'loses', what: `every session of ${whose}` }],
  };
}

export function buildBumpCredentialVersionStep(whose: string, why: string): ServerStep {
  return {
    id: 'jwt.revoke.bump-credential-version',
    side: 'server',
    from: 'jwt-api',
    to: 'users-db',
    message: `credential version of ${whose} +1`,
    explanation: `Every access and refresh token carries the version it was issued under (ver); raising it refuses all of them at once: ${why}. The users table refuses the refresh tokens; the same number, as a credential floor in the revocation store, refuses the access tokens on every instance. One number per user instead of a list of tokens.`,
    effects: [
      { location: 'users-db', change: 'changes', what: `credential version of ${whose} +1` },
      {
        location: 'revocation-store',
        change: 'changes',
        what: `credential floor of ${whose}: tokens with a lower ver refused`,
      },
    ],
  };
}

const ADMIN_AUTHORIZE_EXPLANATION =
  "Only admins may end someone else's logins; checked on the server for every request (OWASP Authorization CS). Others get 403 forbidden.";

const DISABLE_EXPLANATION =
  'A disabled user can no longer log in (verify-credentials refuses her with the same invalid_credentials).';

/** DELETE /admin/users/43/sessions or PATCH /admin/users/43 {disabled: true} on the session API. */
export function buildSessionAdminSteps({
  disable,
  respond,
}: {
  disable: boolean;
  respond: string;
}): ServerStep[] {
  return [
    buildSessionCsrfStep(),
    buildSessionReadCookieStep(),
    buildSessionLoadStep(),
    {
      id: 'session.revoke.authorize',
      side: 'server',
      from: 'session-api',
      to: 'session-api',
      message: "John's role is 'admin'?",
      explanation: ADMIN_AUTHORIZE_EXPLANATION,
      effects: [],
    },
    ...(disable
      ? [
          {
            id: 'session.revoke.update-user',
            side: 'server',
            from: 'session-api',
            to: 'users-db',
            message: 'Jane: disabled = true',
            explanation: DISABLE_EXPLANATION,
            effects: [{ location: 'users-db', change: 'changes', what: 'Jane: disabled' }],
          } satisfies ServerStep,
        ]
      : []),
    buildDestroyUserSessionsStep('Jane', 'she is out now, not when her sessions would time out'),
    {
      id: 'session.revoke.respond',
      side: 'server',
      from: 'session-api',
      to: 'browser',
      message: respond,
      explanation: "John's own session is untouched.",
      effects: [],
    },
  ];
}

/** The same two admin routes on the JWT API. */
export function buildJwtAdminSteps({
  disable,
  respond,
}: {
  disable: boolean;
  respond: string;
}): ServerStep[] {
  return [
    buildJwtCsrfStep(),
    ...buildJwtAuthSteps(),
    {
      id: 'jwt.revoke.authorize',
      side: 'server',
      from: 'jwt-api',
      to: 'jwt-api',
      message: "John's role is 'admin'?",
      explanation: ADMIN_AUTHORIZE_EXPLANATION,
      effects: [],
    },
    ...(disable
      ? [
          {
            id: 'jwt.revoke.update-user',
            side: 'server',
            from: 'jwt-api',
            to: 'users-db',
            message: 'Jane: disabled = true',
            explanation: DISABLE_EXPLANATION,
            effects: [{ location: 'users-db', change: 'changes', what: 'Jane: disabled' }],
          } satisfies ServerStep,
        ]
      : []),
    buildBumpCredentialVersionStep('Jane', 'she is out now, not when her tokens expire'),
    {
      id: 'jwt.revoke.respond',
      side: 'server',
      from: 'jwt-api',
      to: 'browser',
      message: respond,
      explanation: "John's own tokens carry his own version and are untouched.",
      effects: [],
    },
  ];
}
