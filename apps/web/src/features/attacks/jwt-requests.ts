/**
 * What the token attacks' panels (forgery/, stolen-refresh/, ledger/) share to talk to the
 * jwt-api through this app's proxy: the URL of a route, the JSON + CSRF headers, reading a JSON
 * answer, and Jane — the ordinary demo user who is forger, victim or logged-out user in turn.
 */
import { DEMO_USERS } from '@authlab/flows/demo-users';
import { findProxyRoute } from '../../lib/cookie-paths.ts';

export const JSON_HEADERS = { 'Content-Type': 'application/json', 'X-Requested-With': 'authlab' };

export const jwtUrl = (path: string) => `${findProxyRoute('jwt', 'main').prefix}${path}`;

const ordinaryUser = DEMO_USERS.find((user) => user.role === 'user' && !user.disabled);
if (ordinaryUser === undefined) throw new Error('The demo users have no ordinary user.');
export const JANE = ordinaryUser;

export async function readJson<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
