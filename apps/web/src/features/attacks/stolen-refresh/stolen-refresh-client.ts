/**
 * The stolen refresh token's requests: Jane logs in in the documents' body mode (the refresh token
 * comes back in the JSON, where a script can read it), her page refreshes with it, the attacker's
 * SERVER refreshes with its copy (POST /replay on the attacker site), and the lab view shows the
 * family's rotation history.
 *
 * Reference: RFC 9700 §4.14.2; docs/attacks-tokens.md, "A stolen refresh token".
 */
import type { LabState, RefreshFamily } from '@authlab/flows/api-types';
import { replayFromAttacker } from '../attacks-client.ts';
import { JANE, JSON_HEADERS, jwtUrl } from '../jwt-requests.ts';

export interface Tokens {
  readonly status: number;
  readonly accessToken: string | null;
  readonly refreshToken: string | null;
}

function readTokens(status: number, body: unknown): Tokens {
  const { access_token: access, refresh_token: refresh } = (body ?? {}) as Record<string, unknown>;
  return {
    status,
    accessToken: typeof access === 'string' ? access : null,
    refreshToken: typeof refresh === 'string' ? refresh : null,
  };
}

export async function logInWithBodyMode(): Promise<Tokens> {
  const response = await fetch(jwtUrl('/login'), {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({
      email: JANE.email,
      password: JANE.password,
      refresh_delivery: 'body',
    }),
  });
  return readTokens(response.status, await response.json());
}

/** The victim's page: POST /refresh {refresh_token}. */
export async function refreshAsVictim(refreshToken: string): Promise<Tokens> {
  const response = await fetch(jwtUrl('/refresh'), {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ refresh_token: refreshToken }),
  });
  return readTokens(response.status, await response.json());
}

/** The attacker's server, with its copy. */
export async function refreshAsAttacker(refreshToken: string): Promise<Tokens> {
  const answer = await replayFromAttacker({
    api: 'jwt',
    route: 'POST /refresh',
    refresh_token: refreshToken,
  });
  return readTokens(answer.status, answer.body);
}

/** The family the token belongs to, as the jwt-api's lab view shows it. */
export async function readFamily(familyId: string): Promise<RefreshFamily | null> {
  const state = (await (await fetch(jwtUrl('/lab/state'))).json()) as LabState;
  return state.refresh_families?.find((family) => family.id === familyId) ?? null;
}
