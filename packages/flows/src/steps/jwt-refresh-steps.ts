/**
 * The JWT API's refresh steps, shared by the refresh flow and the expiry flow: POST /refresh that
 * rotates the refresh token, and POST /refresh refused.
 *
 * Step ids: jwt.refresh.*.
 * Reference: RFC 9700 §4.14.2 (refresh-token rotation and reuse detection); RFC 6749 §6.
 */
import type { ServerStep, StepOutcome } from '../types.ts';
import { buildJwtCsrfStep } from './jwt-steps.ts';
import { JWT_PLACE, type Place } from './step-helpers.ts';

/** POST /refresh up to the rotated tokens (success path). */
export function buildJwtRefreshSteps(place: Place = JWT_PLACE): ServerStep[] {
  return [
    buildJwtCsrfStep(place),
    buildJwtReadRefreshStep(place),
    {
      id: 'jwt.refresh.verify-refresh-token',
      side: 'server',
      from: place.api,
      to: place.store,
      message: 'verify refresh token; family live, jti current?',
      explanation:
        'Signature, typ rt+jwt, aud, exp, ver; the family exists, is not revoked, is under 30 days old, and this jti is its current token. A spent jti coming back means a copy exists: the whole family is revoked (desc="reused", RFC 9700 §4.14.2).',
      effects: [
        { location: 'users-db', change: 'reads', what: 'user: disabled? credential version (ver)' },
        { location: 'revocation-store', change: 'reads', what: 'refresh family' },
      ],
    },
    {
      id: 'jwt.refresh.rotate',
      side: 'server',
      from: place.api,
      to: place.store,
      message: 'record a new current jti: the old refresh token is spent',
      explanation:
        'Rotation: every refresh token works once. A thief who copied it either gets nothing or, by using it first, makes the next legitimate refresh look like reuse and revoke the family.',
      effects: [
        { location: 'revocation-store', change: 'changes', what: 'family: current jti → new one' },
      ],
    },
    {
      id: 'jwt.refresh.sign-access-token',
      side: 'server',
      from: place.api,
      to: place.api,
      message: 'sign a new access token (15 min)',
      explanation: 'Same claims as at login, a new jti and a new exp.',
      effects: [],
    },
    {
      id: 'jwt.refresh.respond',
      side: 'server',
      from: place.api,
      to: 'browser',
      message: '200 {access_token, expires_in: 900} + Set-Cookie: authlab.rt=<rotated>',
      explanation:
        'The new access token in the body, the new refresh token in the same HttpOnly cookie (004 returned no new refresh token: a reusable long-lived credential).',
      effects: [
        {
          location: 'header',
          change: 'gains',
          what: 'new access_token; Set-Cookie: rotated authlab.rt',
        },
      ],
    },
  ];
}

function buildJwtReadRefreshStep(place: Place): ServerStep {
  return {
    id: 'jwt.refresh.read-refresh-token',
    side: 'server',
    from: place.api,
    to: place.api,
    message: 'read authlab.rt from the Cookie header',
    explanation:
      'The browser sends the cookie by itself, and only to /refresh (Path=/refresh). In the labelled body mode it comes as {refresh_token} instead. Missing → desc="absent".',
    effects: [{ location: 'header', change: 'reads', what: 'Cookie: authlab.rt' }],
  };
}

/** POST /refresh refused: the steps up to the failing one, then jwt.refresh.reject. */
export function buildJwtRefreshRejectSteps(
  outcome: Extract<StepOutcome, 'missing' | 'expired' | 'reused' | 'denied'>,
  why: string,
  place: Place = JWT_PLACE,
): ServerStep[] {
  return [
    buildJwtCsrfStep(place),
    buildJwtReadRefreshStep(place),
    {
      id: 'jwt.refresh.verify-refresh-token',
      side: 'server',
      from: place.api,
      to: place.store,
      message: `verify refresh token → ${outcome}`,
      explanation: `Refused: ${why}.`,
      effects: [{ location: 'revocation-store', change: 'reads', what: `refresh family: ${why}` }],
      outcome,
    },
    {
      id: 'jwt.refresh.reject',
      side: 'server',
      from: place.api,
      to: 'browser',
      message: '401 invalid_token + Set-Cookie: authlab.rt=; Max-Age=0',
      explanation:
        'One answer for every refusal, and the dead cookie is expired. The client must not retry (that would loop); it shows the login form.',
      effects: [{ location: 'header', change: 'gains', what: 'Set-Cookie: authlab.rt expired' }],
    },
  ];
}
