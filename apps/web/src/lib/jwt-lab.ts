/**
 * The JWT column's client: keeps the tokens (memory or the documents' localStorage), attaches
 * `Authorization: Bearer` itself, refreshes through a single-flight axios interceptor on 401 and
 * proactively shortly before expiry.
 *
 * Flow steps (browser): jwt.refresh.intercept-401, jwt.refresh.request, jwt.refresh.keep-new-tokens,
 * jwt.refresh.retry; the scripts report the others.
 * Reference: RFC 6750 §2.1 (Bearer header), §3.1 (invalid_token); RFC 9700 §4.14 (refresh tokens);
 * OWASP JWT Cheat Sheet ("Token Storage on Client Side").
 */
import type { PublicUser, TokenAnswer } from '@authlab/flows/api-types';
import { type Browser, toBrowserCookiePath } from './cookie-paths.ts';
import { RefreshRefusedError } from './errors.ts';
import { send } from './http-client.ts';
import type { HttpExchange } from './http-exchange.ts';
import {
  type ProactiveRefreshPlan,
  planProactiveRefresh,
  scheduleProactiveRefresh,
} from './proactive-refresh.ts';
import { createSingleFlight, installRefreshInterceptor } from './refresh-interceptor.ts';
import type { JarCookie } from './run-store.ts';
import { createSideLab, type SideLab } from './side-lab.ts';
import {
  createLocalTokenStorage,
  createMemoryTokenStorage,
  listLocalStorage,
  type StoredTokens,
  type TokenStorage,
  type TokenStorageMode,
} from './token-storage.ts';

export type RefreshDelivery = 'cookie' | 'body';

/** Which browser steps of the flow a refresh reports: after a 401, or proactively before exp. */
export interface RefreshStepIds {
  readonly request: string;
  readonly keepNewTokens: string;
}

export const REFRESH_AFTER_401_STEPS: RefreshStepIds = {
  request: 'jwt.refresh.request',
  keepNewTokens: 'jwt.refresh.keep-new-tokens',
};

export interface JwtLab extends SideLab {
  storageMode(): TokenStorageMode;
  /** Switching forgets the tokens kept the other way (an HttpOnly cookie stays: JS cannot delete it). */
  setStorageMode(mode: TokenStorageMode): void;
  /** The mode decides where the API puts the refresh token (docs/reference/http-api.md, POST /login). */
  refreshDelivery(): RefreshDelivery;
  readTokens(): StoredTokens;
  keepTokens(answer: TokenAnswer, user: PublicUser | null): void;
  forgetTokens(): void;
  /**
   * The single-flight refresh shared by the interceptor and the proactive timer; callers that
   * join a refresh already under way share it (and its step ids).
   */
  refresh(steps?: RefreshStepIds): Promise<string>;
  proactivePlan(): ProactiveRefreshPlan | null;
  /** What runs when the proactive timer fires (the token-refresh feature records it as a run). */
  setProactiveRefreshHandler(handler: () => void): void;
  readAdminToken(): string | null;
  keepAdminToken(token: string | null): void;
}

function inferRefreshCookie(browser: Browser): JarCookie {
  return {
    name: 'authlab.rt',
    browser,
    value: null,
    httpOnly: true,
    sameSite: 'Strict',
    path: toBrowserCookiePath('jwt', browser, '/refresh'),
    secure: false,
    source: 'inferred',
    note: '',
  };
}

const NO_AUTH_ROUTES = new Set(['/login', '/refresh']);

/**
 * Does the browser hold a refresh cookie after this answer? The page cannot see the cookie (nor
 * `Set-Cookie`), and the lab view never receives it (Path=/refresh), so it is inferred from the
 * answers that set or expire it (docs/reference/http-api.md); `null` when the answer says nothing.
 */
function inferRefreshCookieHeld(exchange: HttpExchange): boolean | null {
  const body = exchange.responseBody as { refresh_token?: unknown } | null;
  const setsCookie = exchange.status === 200 && typeof body?.refresh_token !== 'string';
  if (exchange.url.endsWith('/login') || exchange.url.endsWith('/refresh')) {
    if (setsCookie) return true;
    // A refused refresh expires the cookie; a refused login leaves the jar as it was.
    return exchange.url.endsWith('/refresh') && exchange.status === 401 ? false : null;
  }
  if (exchange.url.endsWith('/logout') && exchange.status === 200) return false;
  return null;
}

export function createJwtLab(storage: Storage = window.localStorage): JwtLab {
  let tokens: TokenStorage = createMemoryTokenStorage();
  let adminToken: string | null = null;
  const refreshCookieHeld: Record<Browser, boolean> = { main: false, admin: false };
  let plan: ProactiveRefreshPlan | null = null;
  let cancelProactive = () => {};
  let onProactiveDue = () => {};

  const lab = createSideLab(
    'jwt',
    (labCookies) => {
      const stored = tokens.read();
      const memory: Record<string, string> = {};
      if (tokens.mode === 'memory' && stored.accessToken !== null) {
        memory.accessToken = stored.accessToken;
      }
      if (tokens.mode === 'memory' && stored.user !== null) {
        memory.user = `${stored.user.name} <${stored.user.email}> (${stored.user.role})`;
      }
      const inferred = (['main', 'admin'] as const)
        .filter((browser) => refreshCookieHeld[browser])
        .map(inferRefreshCookie);
      return {
        userId: stored.user?.id ?? null,
        memory,
        localStorage: listLocalStorage(storage),
        cookieJar: [...labCookies, ...inferred],
      };
    },
    (exchange, browser) => {
      const held = inferRefreshCookieHeld(exchange);
      if (held !== null) refreshCookieHeld[browser] = held;
    },
  );

  const forgetTokens = () => {
    tokens.clear();
    plan = null;
    cancelProactive();
  };

  const keepTokens = (answer: TokenAnswer, user: PublicUser | null) => {
    const previous = tokens.read();
    tokens.write({
      accessToken: answer.access_token,
      refreshToken:
        answer.refresh_token ?? (tokens.mode === 'memory' ? null : previous.refreshToken),
      user: user ?? previous.user,
    });
    cancelProactive();
    plan = planProactiveRefresh(Date.now(), answer.expires_in);
    cancelProactive = scheduleProactiveRefresh(plan, () => onProactiveDue());
  };

  let refreshSteps = REFRESH_AFTER_401_STEPS;
  const refreshOnce = createSingleFlight(async () => {
    const steps = refreshSteps;
    const inBody = tokens.mode === 'local-storage';
    await lab.browserStep(steps.request, undefined, inBody ? 'refresh-token-in-body' : undefined);
    const refreshToken = tokens.read().refreshToken;
    const body = inBody ? { refresh_token: refreshToken ?? '' } : {};
    const response = await send(
      lab.http.post<TokenAnswer>('/refresh', body, { authlabSkipRefresh: true }),
    );
    if (response.status !== 200) {
      forgetTokens();
      await lab.captureState();
      throw new RefreshRefusedError(response.status);
    }
    const answer = response.data as TokenAnswer;
    await lab.browserStep(steps.keepNewTokens, () => keepTokens(answer, null));
    return answer.access_token;
  });
  const refresh = (steps: RefreshStepIds = REFRESH_AFTER_401_STEPS) => {
    refreshSteps = steps;
    return refreshOnce();
  };

  lab.http.interceptors.request.use((config) => {
    const token = tokens.read().accessToken;
    if (
      token !== null &&
      !config.headers.has('Authorization') &&
      !NO_AUTH_ROUTES.has(config.url ?? '')
    ) {
      config.headers.set('Authorization', `Bearer ${token}`);
    }
    return config;
  });
  lab.adminHttp.interceptors.request.use((config) => {
    if (adminToken !== null && !NO_AUTH_ROUTES.has(config.url ?? '')) {
      config.headers.set('Authorization', `Bearer ${adminToken}`);
    }
    return config;
  });
  installRefreshInterceptor(lab.http, {
    readAccessToken: () => tokens.read().accessToken,
    refreshAccessToken: async () => {
      await lab.browserStep('jwt.refresh.intercept-401');
      return refresh();
    },
    onRetry: () => lab.browserStep('jwt.refresh.retry'),
  });

  return {
    ...lab,
    storageMode: () => tokens.mode,
    setStorageMode(mode) {
      if (mode === tokens.mode) return;
      forgetTokens();
      tokens = mode === 'memory' ? createMemoryTokenStorage() : createLocalTokenStorage(storage);
      void lab.captureState();
    },
    refreshDelivery: () => (tokens.mode === 'memory' ? 'cookie' : 'body'),
    readTokens: () => tokens.read(),
    keepTokens,
    forgetTokens,
    refresh,
    proactivePlan: () => plan,
    setProactiveRefreshHandler(handler) {
      onProactiveDue = handler;
    },
    readAdminToken: () => adminToken,
    keepAdminToken(token) {
      adminToken = token;
    },
  };
}
