/**
 * The victim's side of every attack: this page signs in to both APIs the way the lab does (the
 * session cookie; the JWT access token in memory and the refresh token in its HttpOnly cookie),
 * and asks whether it is still signed in afterwards.
 */
import type { Side } from '@authlab/flows/api-types';
import { DEMO_USERS } from '@authlab/flows/demo-users';
import { findProxyRoute } from '../../lib/cookie-paths.ts';

const JSON_HEADERS = { 'Content-Type': 'application/json', 'X-Requested-With': 'authlab' };
const apiUrl = (side: Side, path: string) => `${findProxyRoute(side, 'main').prefix}${path}`;

/** John, the demo admin, is the victim; Jane plays the attacker where an account is needed. */
export const VICTIM = DEMO_USERS[0];
export const ATTACKER = DEMO_USERS[1];

export interface VictimLogin {
  readonly status: number;
  /** The JWT side's access token, kept in this page's memory (absent for the session side). */
  readonly accessToken: string | null;
}

export async function logInVictim(side: Side): Promise<VictimLogin> {
  if (VICTIM === undefined) throw new Error('The demo users are missing.');
  const response = await fetch(apiUrl(side, '/login'), {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ email: VICTIM.email, password: VICTIM.password }),
  });
  const body = (await response.json()) as { access_token?: string };
  return { status: response.status, accessToken: body.access_token ?? null };
}

/** GET /me as the victim's page sends it (the JWT side with its bearer token): 200 or 401. */
export async function checkVictim(side: Side, accessToken: string | null): Promise<number> {
  const headers: Record<string, string> =
    accessToken === null ? {} : { Authorization: `Bearer ${accessToken}` };
  return (await fetch(apiUrl(side, '/me'), { headers })).status;
}
