/**
 * The JWT API's server steps that several flows share: the CSRF check, the four checks of a
 * Bearer token (success and refusal), the login sequence and the response of a protected route.
 *
 * Step ids: jwt.csrf.check-request, jwt.auth.*, jwt.login.*, jwt.request.respond.
 * Reference: RFC 6750 (Bearer), RFC 7519 (JWT), RFC 8725 (JWT BCP), RFC 9068 (access-token
 * profile), OWASP JWT Cheat Sheet.
 */
import type { ServerStep } from '../types.ts';
import { JWT_PLACE, type Place } from './step-helpers.ts';

export function buildJwtCsrfStep(place: Place = JWT_PLACE): ServerStep {
  return {
    id: 'jwt.csrf.check-request',
    side: 'server',
    from: place.api,
    to: place.api,
    message: 'check X-Requested-With, Sec-Fetch-Site, Origin',
    explanation:
      'The refresh token rides in a cookie, so cookie-carrying routes are CSRF targets even in a JWT API; the custom header and Sec-Fetch-Site/Origin prove the request comes from the app (OWASP CSRF Prevention CS). Otherwise 403 csrf_rejected.',
    effects: [
      { location: 'header', change: 'reads', what: 'X-Requested-With, Sec-Fetch-Site, Origin' },
    ],
  };
}

/** The four checks every Bearer-authenticated route runs, in order; the last one may refuse. */
export function buildJwtAuthSteps({
  place = JWT_PLACE,
  deniedBecause,
}: {
  place?: Place;
  deniedBecause?: string;
} = {}): [ServerStep, ServerStep, ServerStep, ServerStep] {
  return [
    {
      id: 'jwt.auth.extract-token',
      side: 'server',
      from: place.api,
      to: place.api,
      message: 'read the Bearer token from Authorization',
      explanation:
        'The page adds the header itself (RFC 6750 §2.1); a cross-site page cannot make the browser add it. No token → desc="absent" and a 401.',
      effects: [
        { location: 'header', change: 'reads', what: 'Authorization: Bearer <access token>' },
      ],
    },
    {
      id: 'jwt.auth.verify-signature',
      side: 'server',
      from: place.api,
      to: place.api,
      message: 'verify signature (algorithm pinned by the server)',
      explanation:
        "The algorithm comes from the server's configuration, never from the token header: RFC 8725 §3.1 says libraries MUST let the caller fix the allowed algorithms, which defeats alg=none and key confusion.",
      effects: [],
    },
    {
      id: 'jwt.auth.check-claims',
      side: 'server',
      from: place.api,
      to: place.api,
      message: 'check typ at+jwt, iss, aud, exp',
      explanation:
        'A good signature is not enough: it must be an access token (typ at+jwt, RFC 9068) from this issuer (iss), for this API (aud), not expired (exp, RFC 7519 §4.1.4). RFC 8725 §3.8–3.11.',
      effects: [],
    },
    {
      id: 'jwt.auth.check-revocation',
      side: 'server',
      from: place.api,
      to: place.store,
      message: deniedBecause
        ? 'jti denylisted? ver below floor? → denied'
        : 'jti denylisted? ver below floor?',
      explanation: deniedBecause
        ? `Refused: ${deniedBecause}. This lookup is what lets a server withdraw a JWT before its exp.`
        : "The one lookup that makes logout and revocation work before exp: a denylisted jti, a revoked family or a ver below the user's credential floor is refused (OWASP JWT CS, 'No Built-In Token Revocation by the User'). One store read, no users-database query. The documents' 'no lookup' JWT cannot be withdrawn.",
      effects: [
        {
          location: 'revocation-store',
          change: 'reads',
          what: 'jti denylisted? family revoked? credential floor of sub',
        },
      ],
      ...(deniedBecause ? { outcome: 'denied' as const } : {}),
    },
  ];
}

export function buildJwtRejectStep(place: Place = JWT_PLACE): ServerStep {
  return {
    id: 'jwt.auth.reject',
    side: 'server',
    from: place.api,
    to: 'browser',
    message: '401 invalid_token + WWW-Authenticate: Bearer error="invalid_token"',
    explanation:
      'RFC 6750 §3.1: a token that is expired, revoked or malformed gets 401 invalid_token. One answer for every reason, so the client knows only that it needs a new token.',
    effects: [],
  };
}

/** POST /login on the JWT API, from the CSRF check to the token response. */
export function buildJwtLoginSteps(place: Place = JWT_PLACE): ServerStep[] {
  return [
    {
      ...buildJwtCsrfStep(place),
      explanation:
        'Login answers with a refresh cookie, and a hostile page could sign the victim into the attacker\'s account ("login CSRF"). The custom header plus Sec-Fetch-Site/Origin stop both (OWASP CSRF Prevention CS).',
    },
    {
      id: 'jwt.login.rate-limit',
      side: 'server',
      from: place.api,
      to: place.api,
      message: 'count attempts per account and per address',
      explanation:
        "Too many failures → 429 rate_limited + Retry-After; slows online password guessing (OWASP Authentication CS, 'Protect Against Automated Attacks').",
      effects: [],
    },
    {
      id: 'jwt.login.verify-credentials',
      side: 'server',
      from: place.api,
      to: place.db,
      message: 'find user by email, scrypt-verify password',
      explanation:
        'Same check as the session API: a slow scrypt hash, and one answer (401 invalid_credentials) after the same work for unknown email, wrong password and disabled account.',
      effects: [{ location: 'users-db', change: 'reads', what: 'user row + scrypt hash' }],
    },
    {
      id: 'jwt.login.sign-access-token',
      side: 'server',
      from: place.api,
      to: place.api,
      message: 'sign access token {sub, email, name, role, ver, fid, jti, exp: +15 min}',
      explanation:
        'typ at+jwt (RFC 9068). Claims are signed, not encrypted: anyone holding the token can read them, so nothing secret goes in. 15 minutes bounds what a stolen copy is worth (004 used 1 h).',
      effects: [],
    },
    {
      id: 'jwt.login.issue-refresh-token',
      side: 'server',
      from: place.api,
      to: place.store,
      message: 'start a refresh family, sign its first refresh token (7 days)',
      explanation:
        'The family is the chain of refresh tokens of this login. It lets the server rotate tokens, detect a replayed one (RFC 9700 §4.14.2) and revoke the login; it ends 30 days after login whatever happens.',
      effects: [
        {
          location: 'revocation-store',
          change: 'gains',
          what: 'refresh family {user, current jti} (30 days)',
        },
      ],
    },
    {
      id: 'jwt.login.respond',
      side: 'server',
      from: place.api,
      to: 'browser',
      message:
        '200 {access_token, expires_in: 900, user} + Set-Cookie: authlab.rt; HttpOnly; Path=/refresh',
      explanation:
        'OAuth 2.0 field names (RFC 6749 §5.1). The refresh token is an HttpOnly, SameSite=Strict cookie sent only to /refresh: scripts cannot read it and no other route receives it.',
      effects: [
        {
          location: 'header',
          change: 'gains',
          what: 'access_token in the body; Set-Cookie: authlab.rt',
        },
      ],
    },
  ];
}

/** The response of GET /me or GET /users once the token passed its four checks. */
export function buildJwtRespondStep(
  body: '{user}' | '{users: [...]}',
  place: Place = JWT_PLACE,
): ServerStep {
  return {
    id: 'jwt.request.respond',
    side: 'server',
    from: place.api,
    to: 'browser',
    message: `200 ${body}`,
    explanation:
      'The answer, with Cache-Control: no-store so no shared cache keeps a copy of personal data.',
    effects: [],
  };
}
