/**
 * The documents' refresh flow, done right: an axios response interceptor that answers a 401 by
 * refreshing the access token once and retrying the request once.
 *
 * Flow steps: jwt.refresh (the browser's part: catch the 401, POST /refresh, retry).
 *
 * Single-flight: when ten requests fail together, they all wait for ONE refresh. Two refreshes
 * with the same refresh token look exactly like token theft to a server that rotates refresh
 * tokens, and it ends the whole login (RFC 9700 §4.14.2, refresh token rotation with reuse
 * detection). A 401 that arrives after the refresh already finished is not refreshed again: the
 * request went out with the old token, so it is simply retried with the new one.
 *
 * Reference: RFC 6750 §3.1 (`invalid_token` → "The client MAY request a new access token and retry
 * the protected resource request"); RFC 9700 §4.14.
 */
import { type AxiosInstance, isAxiosError } from 'axios';

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Set on the one retry after a refresh, so that a second 401 is final. */
    authlabRetry?: boolean;
    /** The 401 must reach the caller as it is (the expiry lesson, `POST /refresh` itself). */
    authlabSkipRefresh?: boolean;
  }
}

/** Runs `run` at most once at a time: callers that arrive while it runs share its promise. */
export function createSingleFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  return () => {
    inFlight ??= run().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}

export interface RefreshInterceptorOptions {
  /** The access token the client holds right now (memory or localStorage), or null. */
  readAccessToken(): string | null;
  /** Calls `POST /refresh`, stores the new access token and returns it; rejects when refused. */
  refreshAccessToken(): Promise<string>;
  /** Called before each retry (the lab lights the flow's retry step). */
  onRetry?(): void | Promise<void>;
}

function readBearerToken(authorization: unknown): string | null {
  if (typeof authorization !== 'string') return null;
  return authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null;
}

export function installRefreshInterceptor(
  client: AxiosInstance,
  options: RefreshInterceptorOptions,
): () => void {
  const refresh = createSingleFlight(options.refreshAccessToken);
  const id = client.interceptors.response.use(undefined, async (error: unknown) => {
    if (!isAxiosError(error) || error.response?.status !== 401) throw error;
    const config = error.config;
    if (config === undefined || config.authlabRetry || config.authlabSkipRefresh) throw error;
    const sentToken = readBearerToken(config.headers.get('Authorization'));
    const currentToken = options.readAccessToken();
    const token =
      currentToken !== null && currentToken !== sentToken ? currentToken : await refresh();
    config.headers.set('Authorization', `Bearer ${token}`);
    await options.onRetry?.();
    return client.request({ ...config, authlabRetry: true });
  });
  return () => client.interceptors.response.eject(id);
}
