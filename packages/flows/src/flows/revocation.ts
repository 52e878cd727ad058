/**
 * Revocation by an administrator (document 004: "admin can manually destroy session at any time";
 * "Easy to revoke" vs "Cannot revoke easily"): John ends Jane's logins, or disables her account,
 * and her very next request is refused. Sessions: delete her entries. JWTs: bump her credential
 * version, which every token carries as `ver` and check-revocation compares.
 *
 * Step ids: session.revoke.*, jwt.revoke.*, session.auth.*, jwt.auth.* (server); browser steps
 * <api>.revocation.* and <api>.disable-user.*.
 * Reference: OWASP Session Management CS; OWASP JWT CS ("No Built-In Token Revocation by the
 * User"); ASVS V3.3.
 */
import { buildJwtAuthSteps, buildJwtRejectStep } from '../steps/jwt-steps.ts';
import { buildJwtAdminSteps, buildSessionAdminSteps } from '../steps/revoke-steps.ts';
import { buildSessionRejectSteps } from '../steps/session-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow, Step } from '../types.ts';

function buildJaneSessionRequest(flow: string, why: string): Step[] {
  return putInPhase("Jane's next request", [
    {
      id: `session.${flow}.victim-request`,
      side: 'browser',
      from: 'browser',
      to: 'session-api',
      message: 'Jane: GET /me (Cookie: authlab.sid=<her id>)',
      explanation: "Jane's browser still holds her cookie; nothing told it anything.",
      effects: [{ location: 'cookie-jar', change: 'reads', what: "Jane's authlab.sid" }],
    },
    ...buildSessionRejectSteps({ outcome: 'missing', why }),
  ]);
}

function buildJaneJwtRequest(flow: string): Step[] {
  return putInPhase("Jane's next request", [
    {
      id: `jwt.${flow}.victim-request`,
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: 'Jane: GET /me + Bearer <her token, exp not reached>',
      explanation:
        "Jane's access token is well signed and not expired: without revocation state it would pass until exp.",
      effects: [{ location: 'memory', change: 'reads', what: "Jane's access token" }],
    },
    ...buildJwtAuthSteps({
      deniedBecause: "the token's ver is older than Jane's credential version",
    }),
    buildJwtRejectStep(),
  ]);
}

export const SESSION_REVOCATION_FLOW: Flow = {
  id: 'session.revocation',
  api: 'session',
  section: 'revocation',
  title: "Session: an admin ends Jane's sessions",
  summary:
    "John (admin) calls DELETE /admin/users/43/sessions. The server deletes every session entry of Jane's from the store; her next request, with the cookie her browser still holds, is refused at once (401). With sessions, revocation is a delete.",
  steps: [
    ...putInPhase('John (admin) revokes', [
      {
        id: 'session.revocation.admin-request',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: 'John: DELETE /admin/users/43/sessions + X-Requested-With',
        explanation: "John's admin page asks the server to end every session Jane has.",
        effects: [{ location: 'cookie-jar', change: 'reads', what: "John's authlab.sid" }],
      },
      ...buildSessionAdminSteps({ disable: false, respond: '200 {success, ended: 1}' }),
    ]),
    ...buildJaneSessionRequest('revocation', 'ended by the admin'),
  ],
};

export const JWT_REVOCATION_FLOW: Flow = {
  id: 'jwt.revocation',
  api: 'jwt',
  section: 'revocation',
  title: "JWT: an admin revokes Jane's tokens",
  summary:
    "John (admin) calls DELETE /admin/users/43/sessions. The server bumps Jane's credential version; her next request carries a token with the old ver and is refused at once (401), and her refresh token can no longer be used either. Without revocation state (the documents' stateless JWT) her access token would stay valid until its exp — 15 minutes here, 1 hour in the documents — and her refresh token for 7 days.",
  steps: [
    ...putInPhase('John (admin) revokes', [
      {
        id: 'jwt.revocation.admin-request',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'John: DELETE /admin/users/43/sessions + Bearer + X-Requested-With',
        explanation: "John's admin page asks the server to end every login Jane has.",
        effects: [{ location: 'memory', change: 'reads', what: "John's access token" }],
      },
      ...buildJwtAdminSteps({ disable: false, respond: '200 {success}' }),
    ]),
    ...buildJaneJwtRequest('revocation'),
  ],
};

export const SESSION_DISABLE_USER_FLOW: Flow = {
  id: 'session.disable-user',
  api: 'session',
  section: 'revocation',
  title: "Session: an admin disables Jane's account",
  summary:
    'John (admin) calls PATCH /admin/users/43 {disabled: true}. The server marks Jane disabled (she can no longer log in) and deletes her sessions in the same request, so she is out at once (401), not at her next login.',
  steps: [
    ...putInPhase('John (admin) disables Jane', [
      {
        id: 'session.disable-user.admin-request',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: 'John: PATCH /admin/users/43 {disabled: true} + X-Requested-With',
        explanation: "John's admin page disables Jane's account.",
        effects: [{ location: 'cookie-jar', change: 'reads', what: "John's authlab.sid" }],
      },
      ...buildSessionAdminSteps({ disable: true, respond: '200 {success, user}' }),
    ]),
    ...buildJaneSessionRequest('disable-user', 'ended when the account was disabled'),
  ],
};

export const JWT_DISABLE_USER_FLOW: Flow = {
  id: 'jwt.disable-user',
  api: 'jwt',
  section: 'revocation',
  title: "JWT: an admin disables Jane's account",
  summary:
    'John (admin) calls PATCH /admin/users/43 {disabled: true}. The server marks Jane disabled and bumps her credential version, so the tokens she already holds are refused at once (401) rather than working until they expire.',
  steps: [
    ...putInPhase('John (admin) disables Jane', [
      {
        id: 'jwt.disable-user.admin-request',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'John: PATCH /admin/users/43 {disabled: true} + Bearer',
        explanation: "John's admin page disables Jane's account.",
        effects: [{ location: 'memory', change: 'reads', what: "John's access token" }],
      },
      ...buildJwtAdminSteps({ disable: true, respond: '200 {success, user}' }),
    ]),
    ...buildJaneJwtRequest('disable-user'),
  ],
};
