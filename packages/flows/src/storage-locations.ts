/**
 * Where authentication state lives, for the web app's "where state lives" panels (document 004,
 * "Data Storage Comparison"): which side each place is on, whether page scripts can read it,
 * whether it survives a reload, whether the browser sends it by itself — and what each mode puts
 * there after login.
 *
 * Teaches: the security of a credential is mostly decided by where it is kept.
 * Reference: OWASP HTML5 Security CS ("Local Storage"); RFC 6265 §4.1.2.5–4.1.2.6 (Secure,
 * HttpOnly); OWASP Session Management CS; OWASP JWT CS ("Token Storage on Client Side").
 */
import type { StorageLocationId } from './types.ts';

export interface StorageLocation {
  readonly id: StorageLocationId;
  readonly label: string;
  readonly side: 'browser' | 'in-transit' | 'server';
  /** Can any script running on the page (including injected script) read it? */
  readonly readableByScripts: boolean;
  readonly survivesReload: boolean;
  /** Does the browser attach it to requests by itself (and so expose it to CSRF)? */
  readonly sentAutomatically: boolean;
  readonly description: string;
  /** What it holds after login, per API and mode; empty when nothing. */
  readonly holds: {
    readonly session: readonly string[];
    readonly jwt: readonly string[];
    readonly jwtDocuments: readonly string[];
  };
}

export const STORAGE_LOCATIONS: Readonly<Record<StorageLocationId, StorageLocation>> = {
  'cookie-jar': {
    id: 'cookie-jar',
    label: 'Cookie jar',
    side: 'browser',
    readableByScripts: false,
    survivesReload: true,
    sentAutomatically: true,
    description:
      'Cookies set with HttpOnly are invisible to document.cookie; SameSite=Strict keeps them off cross-site requests.',
    holds: {
      session: ['authlab.sid: a random session id (HttpOnly, SameSite=Strict, Path=/)'],
      jwt: ['authlab.rt: the refresh token (HttpOnly, SameSite=Strict, Path=/refresh)'],
      jwtDocuments: [],
    },
  },
  memory: {
    id: 'memory',
    label: 'Page memory (a JS variable)',
    side: 'browser',
    readableByScripts: true,
    survivesReload: false,
    sentAutomatically: false,
    description:
      'Gone on reload or in a new tab; the refresh cookie restores it. Script in the page can use it while it runs, but there is no store to list and copy.',
    holds: {
      session: [],
      jwt: ['access token (15 min)'],
      jwtDocuments: [],
    },
  },
  'local-storage': {
    id: 'local-storage',
    label: 'localStorage',
    side: 'browser',
    readableByScripts: true,
    survivesReload: true,
    sentAutomatically: false,
    description:
      'Readable by every script of the origin and kept until deleted: one XSS copies everything in it.',
    holds: {
      session: [],
      jwt: [],
      jwtDocuments: ['access_token (1 h)', 'refresh_token (168 h)', 'user_data'],
    },
  },
  header: {
    id: 'header',
    label: 'HTTP headers (per request)',
    side: 'in-transit',
    readableByScripts: false,
    survivesReload: false,
    sentAutomatically: false,
    description: 'What travels with each request or response: Cookie, Authorization, Set-Cookie.',
    holds: {
      session: ['Cookie: authlab.sid (added by the browser)'],
      jwt: ['Authorization: Bearer <access token> (added by the page)'],
      jwtDocuments: ['Authorization: Bearer <access token> (read from localStorage)'],
    },
  },
  'server-store': {
    id: 'server-store',
    label: 'Session store',
    side: 'server',
    readableByScripts: false,
    survivesReload: true,
    sentAutomatically: false,
    description: 'Memory of one server, or Redis shared by all servers (REDIS_URL).',
    holds: {
      session: [
        'session entry: user id, name, role, created, last seen, idle and absolute deadlines',
      ],
      jwt: [],
      jwtDocuments: [],
    },
  },
  'revocation-store': {
    id: 'revocation-store',
    label: 'Revocation store',
    side: 'server',
    readableByScripts: false,
    survivesReload: true,
    sentAutomatically: false,
    description:
      'Small and short-lived: denylisted jtis until their exp, refresh families until they end, credential floors for one access-token lifetime.',
    holds: {
      session: [],
      jwt: [
        'refresh family: user, current jti, expiry (30 days)',
        'denylisted jtis (after logout)',
        'credential floors: tokens with a lower ver are refused (logout-all, password change, disabling)',
      ],
      jwtDocuments: ['refresh family (the API still tracks it)'],
    },
  },
  'users-db': {
    id: 'users-db',
    label: 'Users database',
    side: 'server',
    readableByScripts: false,
    survivesReload: true,
    sentAutomatically: false,
    description: 'The same SQLite database for both APIs; hashes never leave it.',
    holds: {
      session: ['users, scrypt password hashes, roles, disabled flags'],
      jwt: ['users, scrypt password hashes, roles, credential versions'],
      jwtDocuments: ['users, scrypt password hashes, roles, credential versions'],
    },
  },
};
