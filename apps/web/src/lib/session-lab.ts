/**
 * The session column's client: nothing to store, nothing to attach. The browser keeps the HttpOnly
 * `authlab.sid` cookie and sends it by itself; the page only remembers who logged in, for display.
 *
 * Flow steps: session.* (browser steps are reported by the scenario scripts).
 * Reference: OWASP Session Management Cheat Sheet; RFC 6265 §4.1.2.6 (HttpOnly).
 */
import type { PublicUser } from '@authlab/flows/api-types';
import { createSideLab, type SideLab } from './side-lab.ts';

export interface SessionLab extends SideLab {
  readUser(): PublicUser | null;
  keepUser(user: PublicUser | null): void;
}

export function createSessionLab(): SessionLab {
  let user: PublicUser | null = null;
  const lab = createSideLab(
    'session',
    (labCookies) => ({
      userId: user?.id ?? null,
      memory: user === null ? {} : { user: `${user.name} <${user.email}> (${user.role})` },
      localStorage: {},
      cookieJar: labCookies,
    }),
    // A 401 (other than a refused login) means the server no longer knows this browser's
    // session: forget who we thought was logged in.
    (exchange, browser) => {
      if (browser === 'main' && exchange.status === 401 && !exchange.url.endsWith('/login')) {
        user = null;
      }
    },
  );
  return {
    ...lab,
    readUser: () => user,
    keepUser(next) {
      user = next;
    },
  };
}
