/**
 * Several tabs of one origin, one refresh token: how the tabs refresh the JWT side's access token,
 * with the two client-side fixes switchable (both on by default; kept in localStorage so every
 * tab of this browser uses the same ones):
 *
 * - `lock`: one refresh at a time for the whole origin (Web Locks API): a second tab waits for the
 *   first one's refresh instead of racing it with the same refresh token;
 * - `broadcast`: the new access token, and a logout, are shared with the other tabs
 *   (BroadcastChannel), so a tab that waited does not refresh again, and a logout ends every tab.
 *
 * Without them, two tabs that see an expired access token at the same moment both send
 * POST /refresh with the same cookie: rotation with reuse detection (RFC 9700 §4.14.2) takes the
 * second for a thief and revokes the family — every tab is logged out.
 *
 * The access token stays in this module's memory, per tab; only the fixes' switches are stored.
 */
import { findProxyRoute } from '../../../lib/cookie-paths.ts';
import { VICTIM } from '../victim-session.ts';

export interface TabFixes {
  readonly lock: boolean;
  readonly broadcast: boolean;
}
export const DEFAULT_FIXES: TabFixes = { lock: true, broadcast: true };
const FIXES_STORAGE_KEY = 'authlab.lab.two-tabs-fixes';
const CHANNEL_NAME = 'authlab-two-tabs';
const LOCK_NAME = 'authlab-refresh';
/** How long a tab that waited for the lock waits for the holder's token, then refreshes itself. */
const TOKEN_WAIT_MS = 2000;
const JSON_HEADERS = { 'Content-Type': 'application/json', 'X-Requested-With': 'authlab' };

type TabMessage =
  | { readonly type: 'refresh-now' }
  | { readonly type: 'token'; readonly accessToken: string }
  | { readonly type: 'logout' };

/** What this tab's last refresh did: sent one, used the other tab's, or was refused. */
export type RefreshOutcome = 'refreshed' | 'shared' | 'refused';

export function readFixes(): TabFixes {
  const stored = window.localStorage.getItem(FIXES_STORAGE_KEY);
  return stored === null
    ? DEFAULT_FIXES
    : { ...DEFAULT_FIXES, ...(JSON.parse(stored) as TabFixes) };
}

export function writeFixes(fixes: TabFixes): void {
  window.localStorage.setItem(FIXES_STORAGE_KEY, JSON.stringify(fixes));
}

const jwtUrl = (path: string) => `${findProxyRoute('jwt', 'main').prefix}${path}`;

export interface TabAuth {
  logIn(): Promise<void>;
  /** Asks every other tab of this origin to refresh now, and refreshes this one. */
  refreshEverywhere(): Promise<RefreshOutcome>;
  /** GET /me with this tab's access token: 200 while it is signed in. */
  checkMe(): Promise<number>;
  close(): void;
}

export function createTabAuth(onRefreshed: (outcome: RefreshOutcome) => void): TabAuth {
  let accessToken: string | null = null;
  let tokensSeen = 0;
  const tokenWaiters = new Set<() => void>();
  const channel = new BroadcastChannel(CHANNEL_NAME);

  /** Resolves on a token newer than `seenBefore`, or after `timeoutMs` (if the holder failed). */
  function waitForToken(seenBefore: number, timeoutMs: number): Promise<void> {
    if (tokensSeen !== seenBefore) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        tokenWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      tokenWaiters.add(done);
    });
  }

  async function refresh(): Promise<RefreshOutcome> {
    const fixes = readFixes();
    const seenBefore = tokensSeen;
    const attempt = async (otherTabHeldLock: boolean): Promise<RefreshOutcome> => {
      // The other tab's new token left on the channel before it released the lock, but a message
      // and a lock grant are not ordered: wait for the token rather than refresh a second time.
      if (fixes.broadcast && otherTabHeldLock) await waitForToken(seenBefore, TOKEN_WAIT_MS);
      if (fixes.broadcast && tokensSeen !== seenBefore) return 'shared';
      const response = await fetch(jwtUrl('/refresh'), {
        method: 'POST',
        headers: JSON_HEADERS,
        body: '{}',
      });
      if (!response.ok) {
        accessToken = null;
        if (fixes.broadcast) channel.postMessage({ type: 'logout' } satisfies TabMessage);
        return 'refused';
      }
      accessToken = ((await response.json()) as { access_token: string }).access_token;
      tokensSeen += 1;
      if (fixes.broadcast) channel.postMessage({ type: 'token', accessToken } satisfies TabMessage);
      return 'refreshed';
    };
    if (!fixes.lock) return attempt(false);
    // `ifAvailable`: take the lock now, or learn — in the same step — that another tab holds it.
    const outcome = await navigator.locks.request(LOCK_NAME, { ifAvailable: true }, (lock) =>
      lock === null ? null : attempt(false),
    );
    return outcome ?? navigator.locks.request(LOCK_NAME, () => attempt(true));
  }

  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    const message = event.data;
    if (message.type === 'refresh-now') void refresh().then(onRefreshed);
    if (!readFixes().broadcast) return;
    if (message.type === 'token') {
      accessToken = message.accessToken;
      tokensSeen += 1;
      for (const wake of [...tokenWaiters]) wake();
    }
    if (message.type === 'logout') {
      accessToken = null;
      onRefreshed('refused');
    }
  };

  return {
    async logIn() {
      if (VICTIM === undefined) throw new Error('The demo users are missing.');
      const response = await fetch(jwtUrl('/login'), {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ email: VICTIM.email, password: VICTIM.password }),
      });
      accessToken = ((await response.json()) as { access_token: string }).access_token;
      tokensSeen += 1;
      channel.postMessage({ type: 'token', accessToken } satisfies TabMessage);
    },
    async refreshEverywhere() {
      channel.postMessage({ type: 'refresh-now' } satisfies TabMessage);
      return refresh();
    },
    async checkMe() {
      const headers: Record<string, string> =
        accessToken === null ? {} : { Authorization: `Bearer ${accessToken}` };
      return (await fetch(jwtUrl('/me'), { headers })).status;
    },
    close: () => channel.close(),
  };
}
