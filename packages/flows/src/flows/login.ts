/**
 * Login on both APIs (document 004, "Login Flow"): the session API stores the login and hands out
 * a random id in an HttpOnly cookie; the JWT API signs a short access token the page keeps in
 * memory, plus a refresh token in an HttpOnly cookie.
 *
 * Step ids: session.login.*, jwt.login.* (server); session.login.submit, session.login.keep-cookie,
 * jwt.login.submit, jwt.login.keep-tokens (browser).
 * Reference: OWASP Session Management CS; OWASP JWT CS; OWASP HTML5 Security CS ("Local Storage").
 */
import { buildJwtLoginSteps } from '../steps/jwt-steps.ts';
import { buildSessionLoginSteps } from '../steps/session-steps.ts';
import type { Flow } from '../types.ts';

export const SESSION_LOGIN_FLOW: Flow = {
  id: 'session.login',
  api: 'session',
  section: 'login',
  title: 'Session login',
  summary:
    'John submits his email and password. The server checks them, creates a session under a brand-new random id, stores it server-side and sets that id as an HttpOnly cookie. The browser keeps the cookie and sends it with every later request; the page never handles it.',
  steps: [
    {
      id: 'session.login.submit',
      side: 'browser',
      from: 'browser',
      to: 'session-api',
      message: 'POST /login {email, password} + X-Requested-With: authlab',
      explanation:
        "fetch sends JSON; the custom header marks the request as the app's own (CSRF defence). Document 002 posts {username}; the API expects {email}.",
      effects: [],
    },
    ...buildSessionLoginSteps(),
    {
      id: 'session.login.keep-cookie',
      side: 'browser',
      from: 'browser',
      to: 'browser',
      message: 'cookie jar keeps authlab.sid',
      explanation:
        'The browser stores the cookie and attaches it by itself to every later request to this site. HttpOnly keeps it out of document.cookie, so the page code never sees it.',
      effects: [{ location: 'cookie-jar', change: 'gains', what: 'authlab.sid (HttpOnly)' }],
    },
  ],
};

export const JWT_LOGIN_FLOW: Flow = {
  id: 'jwt.login',
  api: 'jwt',
  section: 'login',
  title: 'JWT login',
  summary:
    'John submits his email and password. The server checks them, signs a 15-minute access token, starts a refresh-token family and answers with the access token in the body and the refresh token in an HttpOnly cookie. The page keeps the access token in memory, not in localStorage as the documents do.',
  steps: [
    {
      id: 'jwt.login.submit',
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: 'POST /login {email, password} + X-Requested-With: authlab',
      explanation:
        'Same request as the session login. The documents\' "refresh token in the body" is the labelled mode refresh_delivery: "body".',
      effects: [],
    },
    ...buildJwtLoginSteps(),
    {
      id: 'jwt.login.keep-tokens',
      side: 'browser',
      from: 'browser',
      to: 'browser',
      message: 'access token → a JS variable; authlab.rt → cookie jar',
      explanation:
        'localStorage is readable by any script on the page: one XSS copies the tokens and uses them elsewhere for days (OWASP HTML5 Security CS). Memory is not XSS-proof, but nothing can list and copy it later, and a reload clears it (the refresh cookie restores it).',
      effects: [
        { location: 'memory', change: 'gains', what: 'access token (15 min)' },
        { location: 'cookie-jar', change: 'gains', what: 'authlab.rt (HttpOnly, Path=/refresh)' },
      ],
      note: '004: "JavaScript stores tokens in localStorage" (XSS-readable)',
    },
  ],
};
