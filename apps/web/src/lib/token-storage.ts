/**
 * Where the JWT column keeps its tokens, in the two modes the lab compares.
 *
 * - `memory` (recommended, the default): the access token lives in a JavaScript variable and the
 *   refresh token in an HttpOnly cookie the page cannot read. An XSS can still use the token while
 *   it runs, but cannot list storage and carry the tokens off for later; a reload forgets the
 *   access token and `POST /refresh` (cookie) restores it.
 * - `local-storage` (the documents' mode, document 004 "Data Storage Comparison"): both tokens and
 *   the user in `localStorage`, where any script on the origin can read them at any time (OWASP
 *   HTML5 Security Cheat Sheet, "Local Storage": "Do not store session identifiers in local
 *   storage as the data is always accessible by JavaScript").
 */
import type { PublicUser } from '@authlab/flows/api-types';

export type TokenStorageMode = 'memory' | 'local-storage';

/** The documents' key names, kept so the panel looks like what they describe. */
export const LOCAL_STORAGE_KEYS = {
  accessToken: 'access_token',
  refreshToken: 'refresh_token',
  user: 'user_data',
} as const;

/** The lab's own preferences (language) live under this prefix and are not auth state. */
export const UI_STORAGE_PREFIX = 'authlab.ui.';

export interface StoredTokens {
  readonly accessToken: string | null;
  readonly refreshToken: string | null;
  readonly user: PublicUser | null;
}

export const NO_TOKENS: StoredTokens = { accessToken: null, refreshToken: null, user: null };

export interface TokenStorage {
  readonly mode: TokenStorageMode;
  read(): StoredTokens;
  write(tokens: StoredTokens): void;
  clear(): void;
}

export function createMemoryTokenStorage(): TokenStorage {
  let tokens = NO_TOKENS;
  return {
    mode: 'memory',
    read: () => tokens,
    write(next) {
      tokens = next;
    },
    clear() {
      tokens = NO_TOKENS;
    },
  };
}

function readUser(raw: string | null): PublicUser | null {
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as PublicUser;
  } catch {
    return null;
  }
}

export function createLocalTokenStorage(storage: Storage): TokenStorage {
  const put = (key: string, value: string | null) =>
    value === null ? storage.removeItem(key) : storage.setItem(key, value);
  return {
    mode: 'local-storage',
    read: () => ({
      accessToken: storage.getItem(LOCAL_STORAGE_KEYS.accessToken),
      refreshToken: storage.getItem(LOCAL_STORAGE_KEYS.refreshToken),
      user: readUser(storage.getItem(LOCAL_STORAGE_KEYS.user)),
    }),
    write(tokens) {
      put(LOCAL_STORAGE_KEYS.accessToken, tokens.accessToken);
      put(LOCAL_STORAGE_KEYS.refreshToken, tokens.refreshToken);
      put(LOCAL_STORAGE_KEYS.user, tokens.user === null ? null : JSON.stringify(tokens.user));
    },
    clear() {
      for (const key of Object.values(LOCAL_STORAGE_KEYS)) storage.removeItem(key);
    },
  };
}

/** Every localStorage entry except the lab's own preferences: what a script on the page sees. */
export function listLocalStorage(storage: Storage): Record<string, string> {
  const entries: Record<string, string> = {};
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key === null || key.startsWith(UI_STORAGE_PREFIX)) continue;
    entries[key] = storage.getItem(key) ?? '';
  }
  return entries;
}
