/**
 * What lives where after login (document 004, "Data Storage Comparison"). Session: the user's data
 * in the server's store, only a random id in an HttpOnly cookie. JWT: the claims travel inside the
 * token the page holds in memory, the refresh token sits in an HttpOnly cookie, and the server
 * keeps the refresh family. The documents' localStorage variant is shown as a labelled mode,
 * with the one line of injected script that empties it.
 *
 * Step ids: session.login.*, jwt.login.* (server); browser steps session.storage.*, jwt.storage.*,
 * jwt.storage-documents.*.
 * Reference: OWASP HTML5 Security CS ("Local Storage"); RFC 6265 §4.1.2.6 (HttpOnly); OWASP JWT CS.
 */
import { buildJwtLoginSteps } from '../steps/jwt-steps.ts';
import { buildSessionLoginSteps } from '../steps/session-steps.ts';
import { adjustStep, putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

export const SESSION_STORAGE_FLOW: Flow = {
  id: 'session.storage',
  api: 'session',
  section: 'data-storage',
  title: 'Session: where the state lives',
  summary:
    "After login the server's store holds the session (user id, name, role, timestamps, deadlines) and the browser holds only a random id, in a cookie its own scripts cannot read. 004 shows the same split with PHP: sess_abc123 on the server, PHPSESSID=abc123 in the browser.",
  steps: [
    ...putInPhase('Login', [
      {
        id: 'session.storage.login',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: 'POST /login {email, password}',
        explanation: 'The same login as session.login; watch where each piece of state ends up.',
        effects: [],
      },
      ...buildSessionLoginSteps(),
    ]),
    ...putInPhase('What the page can see', [
      {
        id: 'session.storage.keep-cookie',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'cookie jar: authlab.sid=<random id>',
        explanation:
          'Only the id: no user data on the client, nothing to decode or tamper with. The user data stays server-side.',
        effects: [{ location: 'cookie-jar', change: 'gains', what: 'authlab.sid (HttpOnly)' }],
      },
      {
        id: 'session.storage.read-document-cookie',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'document.cookie → "" (no authlab.sid)',
        explanation:
          'HttpOnly hides the cookie from every script on the page, injected ones included (RFC 6265 §4.1.2.6). An XSS can still act as the user while the page is open, but cannot take the id away.',
        effects: [{ location: 'cookie-jar', change: 'reads', what: 'nothing visible to scripts' }],
      },
    ]),
  ],
};

export const JWT_STORAGE_FLOW: Flow = {
  id: 'jwt.storage',
  api: 'jwt',
  section: 'data-storage',
  title: 'JWT: where the state lives',
  summary:
    "After login the access token (with its readable claims) lives in a JavaScript variable, the refresh token in an HttpOnly cookie scoped to /refresh, and the server keeps the refresh family and, later, denylisted jtis. 004's 'No storage! (Stateless)' server becomes: a signing key plus a small revocation store.",
  steps: [
    ...putInPhase('Login', [
      {
        id: 'jwt.storage.login',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'POST /login {email, password}',
        explanation: 'The same login as jwt.login; watch where each piece of state ends up.',
        effects: [],
      },
      ...buildJwtLoginSteps(),
    ]),
    ...putInPhase('What the page can see', [
      {
        id: 'jwt.storage.keep-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'access token → a variable; authlab.rt → cookie jar',
        explanation:
          'Nothing in localStorage: a reload loses the access token and POST /refresh restores it.',
        effects: [
          {
            location: 'memory',
            change: 'gains',
            what: 'access token (claims readable: sub, name, role)',
          },
          { location: 'cookie-jar', change: 'gains', what: 'authlab.rt (HttpOnly, Path=/refresh)' },
        ],
      },
      {
        id: 'jwt.storage.read-storage',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'localStorage → empty; document.cookie → no authlab.rt',
        explanation:
          'A script injected later finds no token to copy away. The claims are only base64url: anyone holding the token can read them, so no secrets go in (OWASP JWT CS).',
        effects: [
          { location: 'local-storage', change: 'reads', what: 'empty' },
          { location: 'cookie-jar', change: 'reads', what: 'nothing visible to scripts' },
        ],
      },
    ]),
  ],
};

export const JWT_STORAGE_DOCUMENTS_FLOW: Flow = {
  id: 'jwt.storage-documents',
  api: 'jwt',
  section: 'data-storage',
  mode: 'documents',
  title: 'JWT as in the documents: tokens in localStorage (unsafe)',
  summary:
    "004 and 002 keep access_token, refresh_token and user_data in localStorage. Any script on the page — an XSS, a compromised dependency — reads all three with one call and can use the refresh token elsewhere for days. Shown to compare; the API serves it only when the login asks for refresh_delivery: 'body'.",
  steps: [
    ...putInPhase('Login (refresh token in the body)', [
      {
        id: 'jwt.storage-documents.login',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: 'POST /login {email, password, refresh_delivery: "body"}',
        explanation: 'The labelled mode that reproduces the documents.',
        effects: [],
      },
      ...adjustStep(buildJwtLoginSteps(), 'jwt.login.respond', {
        message: '200 {access_token, refresh_token, refresh_expires_in, user}',
        explanation: 'Both tokens in the JSON body, where page scripts can read them.',
        effects: [{ location: 'header', change: 'gains', what: 'both tokens in the body' }],
      }),
    ]),
    ...putInPhase('What any script can see', [
      {
        id: 'jwt.storage-documents.save-to-local-storage',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: "localStorage.setItem('access_token' | 'refresh_token' | 'user_data')",
        explanation:
          'Persistent and readable by every script of the origin; OWASP HTML5 Security CS: do not store session identifiers in local storage.',
        effects: [
          {
            location: 'local-storage',
            change: 'gains',
            what: 'access_token, refresh_token, user_data',
          },
        ],
        note: '004 "Data Storage Comparison", JWT client side',
      },
      {
        id: 'jwt.storage-documents.xss-reads-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: 'injected script: JSON.stringify(localStorage) → attacker',
        explanation:
          'One line takes both tokens off the machine; the refresh token then mints access tokens elsewhere until it expires (168 h in the documents).',
        effects: [
          {
            location: 'local-storage',
            change: 'reads',
            what: 'access_token, refresh_token, user_data',
          },
        ],
      },
    ]),
  ],
};
