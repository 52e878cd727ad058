/**
 * The cookie jar as the page can know it. The page cannot read HttpOnly cookies, so the jar is
 * rebuilt from what the API's lab view saw arrive in the `Cookie` header (with the attributes the
 * API knows it set, its Path translated back through the proxy), and `Set-Cookie` — which the
 * browser hides from script too — is seen as the difference between the jar before and after.
 *
 * Reference: RFC 6265 §4.2 (the Cookie header carries no attributes); Fetch §2.2.2 (forbidden
 * header names).
 */
import type { ReceivedCookie, Side } from '@authlab/flows/api-types';
import { type Browser, toBrowserCookiePath } from './cookie-paths.ts';
import type { CookieChange, JarCookie } from './run-store.ts';

export function toJarCookie(side: Side, browser: Browser, cookie: ReceivedCookie): JarCookie {
  return {
    name: cookie.name,
    browser,
    value: cookie.value,
    httpOnly: cookie.http_only,
    sameSite: cookie.same_site,
    path: cookie.path === null ? null : toBrowserCookiePath(side, browser, cookie.path),
    secure: cookie.secure,
    source: 'lab-view',
    note: cookie.note,
    ...(cookie.store_key === undefined ? {} : { storeKey: cookie.store_key }),
  };
}

const isSameCookie = (a: JarCookie, b: JarCookie) =>
  a.name === b.name && a.browser === b.browser && a.path === b.path;

export function diffJars(
  before: readonly JarCookie[],
  after: readonly JarCookie[],
): CookieChange[] {
  const changes: CookieChange[] = [];
  for (const cookie of after) {
    const previous = before.find((candidate) => isSameCookie(candidate, cookie));
    if (previous === undefined || previous.value !== cookie.value) {
      changes.push({ name: cookie.name, change: 'set', cookie });
    }
  }
  for (const cookie of before) {
    if (!after.some((candidate) => isSameCookie(candidate, cookie))) {
      changes.push({ name: cookie.name, change: 'cleared', cookie });
    }
  }
  return changes;
}
