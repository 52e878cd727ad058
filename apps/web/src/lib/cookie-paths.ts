/**
 * The web app's proxy routes and where each API's cookies live once they pass through them.
 *
 * The APIs scope their cookies to their own paths (`Path=/` for the session id, `Path=/refresh` for
 * the refresh token). Behind a prefix those paths would be wrong, so the proxy rewrites them; the
 * browser then applies RFC 6265 §5.1.4 path-matching: a cookie is sent only to request paths inside
 * its Path.
 *
 * Each API is reachable under two prefixes: the learner's browser, and the "admin console" — John's
 * own browser in the revocation flows. A browser keeps one cookie jar per site, so two people logged
 * in at once need two jars; scoping each prefix's cookies to its own Path gives exactly that, on one
 * page. One table, used by the proxy (vite.config.ts) and by the cookie-jar panel.
 */
import type { Side } from '@authlab/flows/api-types';

export type Browser = 'main' | 'admin';

export interface ProxyRoute {
  readonly side: Side;
  readonly browser: Browser;
  readonly prefix: string;
  /** API cookie Path → the Path the browser stores. */
  readonly cookiePaths: Readonly<Record<string, string>>;
}

function buildRoute(side: Side, browser: Browser, prefix: string): ProxyRoute {
  const cookiePaths: Record<string, string> =
    side === 'jwt' ? { '/refresh': `${prefix}/refresh`, '/': `${prefix}/` } : { '/': `${prefix}/` };
  return { side, browser, prefix, cookiePaths };
}

export const PROXY_ROUTES: readonly ProxyRoute[] = [
  buildRoute('session', 'main', '/api/session'),
  buildRoute('jwt', 'main', '/api/jwt'),
  buildRoute('session', 'admin', '/api/session-admin'),
  buildRoute('jwt', 'admin', '/api/jwt-admin'),
];

export function findProxyRoute(side: Side, browser: Browser): ProxyRoute {
  const route = PROXY_ROUTES.find(
    (candidate) => candidate.side === side && candidate.browser === browser,
  );
  if (route === undefined) throw new Error(`No proxy route for ${side}/${browser}`);
  return route;
}

/** The Path the browser holds for a cookie the API set with `apiPath`. */
export function toBrowserCookiePath(side: Side, browser: Browser, apiPath: string): string {
  return findProxyRoute(side, browser).cookiePaths[apiPath] ?? apiPath;
}

/** RFC 6265 §5.1.4: does a request to `requestPath` carry a cookie whose Path is `cookiePath`? */
export function matchesCookiePath(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}
