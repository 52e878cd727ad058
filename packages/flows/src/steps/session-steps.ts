/**
 * The session API's server steps that several flows share: the CSRF check, reading and loading
 * the session (success and refusal), and the login sequence.
 *
 * Step ids: session.csrf.check-request, session.auth.*, session.login.*.
 * Reference: OWASP Session Management Cheat Sheet; OWASP CSRF Prevention Cheat Sheet;
 * RFC 6265 §4.1.2 (cookie attributes).
 */
import type { ServerStep, StepOutcome } from '../types.ts';
import { type Place, SESSION_PLACE } from './step-helpers.ts';

export function buildSessionCsrfStep(place: Place = SESSION_PLACE): ServerStep {
  return {
    id: 'session.csrf.check-request',
    side: 'server',
    from: place.api,
    to: place.api,
    message: 'check X-Requested-With, Sec-Fetch-Site, Origin',
    explanation:
      'A state-changing request must come from the app itself: a cross-site page cannot add the custom X-Requested-With header without a CORS preflight, and Sec-Fetch-Site/Origin name the sender. Otherwise 403 csrf_rejected (OWASP CSRF Prevention CS).',
    effects: [
      { location: 'header', change: 'reads', what: 'X-Requested-With, Sec-Fetch-Site, Origin' },
    ],
  };
}

export function buildSessionReadCookieStep(place: Place = SESSION_PLACE): ServerStep {
  return {
    id: 'session.auth.read-cookie',
    side: 'server',
    from: place.api,
    to: place.api,
    message: 'read authlab.sid from the Cookie header',
    explanation:
      'The browser attached the cookie by itself. It holds only a random id, no user data; without a cookie the step reports desc="absent" and the request is refused.',
    effects: [{ location: 'header', change: 'reads', what: 'Cookie: authlab.sid' }],
  };
}

export function buildSessionLoadStep(place: Place = SESSION_PLACE): ServerStep {
  return {
    id: 'session.auth.load-session',
    side: 'server',
    from: place.api,
    to: place.store,
    message: 'load session by id, check deadlines',
    explanation:
      "Everything the server trusts is in its own store, found by the id's keyed hash (one HMAC per request). A session past its idle (30 min) or absolute (8 h) deadline counts as gone; a live one slides its idle deadline (OWASP Session Management CS, 'Session Expiration').",
    effects: [
      { location: 'server-store', change: 'reads', what: 'session entry {user id, name, role}' },
      { location: 'server-store', change: 'changes', what: 'idle deadline slides +30 min' },
    ],
  };
}

/** The refusal path: the id no longer leads to a live session. */
export function buildSessionRejectSteps({
  outcome,
  why,
  place = SESSION_PLACE,
}: {
  outcome: Extract<StepOutcome, 'missing' | 'expired'>;
  why: string;
  place?: Place;
}): ServerStep[] {
  return [
    buildSessionReadCookieStep(place),
    {
      id: 'session.auth.load-session',
      side: 'server',
      from: place.api,
      to: place.store,
      message: `load session by id → ${outcome}`,
      explanation: `The store answers: ${why}. The cookie the browser still sends is now a dead key.`,
      effects: [{ location: 'server-store', change: 'reads', what: `${why} (${outcome})` }],
      outcome,
    },
    {
      id: 'session.auth.reject',
      side: 'server',
      from: place.api,
      to: 'browser',
      message: '401 {error: {code: "unauthenticated"}}',
      explanation:
        'Refused before any route code runs. One answer for a missing, expired or destroyed session, so the response tells an attacker nothing about why.',
      effects: [],
    },
  ];
}

/** POST /login on the session API, from the CSRF check to Set-Cookie. */
export function buildSessionLoginSteps(place: Place = SESSION_PLACE): ServerStep[] {
  return [
    {
      ...buildSessionCsrfStep(place),
      explanation:
        'Login is a CSRF target too: a hostile page could sign the victim into the attacker\'s account ("login CSRF"). The custom header plus Sec-Fetch-Site/Origin stop it (OWASP CSRF Prevention CS).',
    },
    {
      id: 'session.login.rate-limit',
      side: 'server',
      from: place.api,
      to: place.api,
      message: 'count attempts per account and per address',
      explanation:
        "Too many failures → 429 rate_limited + Retry-After. Without a limit the login form is an online password-guessing oracle (OWASP Authentication CS, 'Protect Against Automated Attacks').",
      effects: [],
    },
    {
      id: 'session.login.verify-credentials',
      side: 'server',
      from: place.api,
      to: place.db,
      message: 'find user by email, scrypt-verify password',
      explanation:
        'scrypt is slow on purpose (OWASP Password Storage CS). Unknown email, wrong password and disabled account all get the same 401 invalid_credentials after the same work: no account enumeration.',
      effects: [{ location: 'users-db', change: 'reads', what: 'user row + scrypt hash' }],
    },
    {
      id: 'session.login.regenerate-id',
      side: 'server',
      from: place.api,
      to: place.api,
      message: 'discard any old id, create a new random one',
      explanation:
        "Prevents session fixation: an id an attacker planted before login never becomes an authenticated id (OWASP Session Management CS, 'Renew the Session ID After Any Privilege Level Change'). The new id comes from a CSPRNG.",
      effects: [],
      note: '004 stores into $_SESSION before making an id: fixation-prone',
    },
    {
      id: 'session.login.store-session',
      side: 'server',
      from: place.api,
      to: place.store,
      message: 'store {user id, name, role, created, last seen}',
      explanation:
        'The server is the source of truth: the entry carries an idle (30 min) and an absolute (8 h) deadline, and deleting it ends the login at once. It is filed under HMAC-SHA256(secret, id), not the id itself, so a leaked store cannot be replayed as cookies.',
      effects: [
        { location: 'server-store', change: 'gains', what: 'session entry (idle 30 min, max 8 h)' },
      ],
    },
    {
      id: 'session.login.set-cookie',
      side: 'server',
      from: place.api,
      to: 'browser',
      message: '200 {success, user} + Set-Cookie: authlab.sid=<id>; HttpOnly; SameSite=Strict',
      explanation:
        'HttpOnly: page scripts cannot read the id (RFC 6265 §4.1.2.6), so XSS cannot copy it. SameSite=Strict: not sent on cross-site requests. Over HTTPS: __Host- prefix + Secure.',
      effects: [
        {
          location: 'header',
          change: 'gains',
          what: 'Set-Cookie: authlab.sid (HttpOnly, SameSite=Strict)',
        },
      ],
    },
  ];
}

/** The response of GET /me or GET /users once the session is loaded. */
export function buildSessionRespondStep(
  body: '{user}' | '{users: [...]}',
  place: Place = SESSION_PLACE,
): ServerStep {
  return {
    id: 'session.request.respond',
    side: 'server',
    from: place.api,
    to: 'browser',
    message: `200 ${body}`,
    explanation:
      'The answer, with Cache-Control: no-store so no shared cache keeps a copy of personal data.',
    effects: [],
  };
}
