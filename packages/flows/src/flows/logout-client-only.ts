/**
 * Logout as documents 004 shows it without its "optional" blacklist: the page deletes its tokens
 * and the server learns nothing. A copy of the access token, replayed afterwards, still works.
 * Kept as a clearly labelled documents mode, next to the recommended jwt.logout.
 *
 * Step ids: jwt.auth.*, jwt.request.respond (server); jwt.logout-client-only.* (browser).
 * Reference: OWASP JWT CS ("No Built-In Token Revocation by the User"); RFC 7519 §4.1.4 (exp is
 * the only end a token has by itself).
 */
import { buildJwtAuthSteps, buildJwtRespondStep } from '../steps/jwt-steps.ts';
import type { Flow } from '../types.ts';

export const JWT_LOGOUT_CLIENT_ONLY_FLOW: Flow = {
  id: 'jwt.logout-client-only',
  api: 'jwt',
  section: 'logout',
  mode: 'documents',
  title: 'JWT logout as in the documents: client only (unsafe)',
  summary:
    'As documents 004 shows it with the blacklist left out: the page deletes the tokens from localStorage and the server records nothing. A copy of the access token, replayed afterwards, is still accepted (200) until its exp, and a copied refresh token could keep minting new ones. Shown to compare; the default is jwt.logout.',
  steps: [
    {
      id: 'jwt.logout-client-only.delete-tokens',
      side: 'browser',
      from: 'browser',
      to: 'browser',
      message: "localStorage.removeItem('access_token'), ('refresh_token')",
      explanation:
        "This only deletes the browser's own copies. Any copy an XSS or a shared computer kept is untouched, and the server does not know the user logged out.",
      effects: [
        { location: 'local-storage', change: 'loses', what: 'access_token, refresh_token' },
      ],
      note: '004: "Token still technically valid until expiration"',
    },
    {
      id: 'jwt.logout-client-only.replay-access-token',
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: 'GET /me + Authorization: Bearer <copied access token>',
      explanation: 'A copy taken before "logout", replayed by whoever holds it.',
      effects: [{ location: 'header', change: 'gains', what: 'Authorization: Bearer <copy>' }],
    },
    ...buildJwtAuthSteps(),
    {
      ...buildJwtRespondStep('{user}'),
      explanation:
        'Accepted: signature, claims and revocation state are all fine, because nothing was recorded. The token works until exp (1 h in the documents).',
    },
  ],
};
