/**
 * What the Attacks area asks the servers and the attacker site: the lab modes of each API (list,
 * switch), the lab journal of recent requests (the steps of requests this page did not send), and
 * the attacker site's collector and replay.
 *
 * The attacker site is on the OTHER site from this page: a page served from `localhost` attacks
 * from `http://127.0.0.1:4300`, one served from `127.0.0.1` from `http://localhost:4300` — ports do
 * not make a site, hosts do (RFC 6265bis §5.2). `localStorage['authlab.lab.attacker-origin']`
 * overrides it (the e2e tests use their own port).
 */
import type { LabRequestEntry, LabRequestsAnswer, Side } from '@authlab/flows/api-types';
import type { LabModeId, LabModeState, LabModesAnswer } from '@authlab/flows/lab-modes';
import { findProxyRoute } from '../../lib/cookie-paths.ts';

export const ATTACKER_PORT = 4300;
export const ATTACKER_ORIGIN_STORAGE_KEY = 'authlab.lab.attacker-origin';
const JSON_HEADERS = { 'Content-Type': 'application/json', 'X-Requested-With': 'authlab' };

export function findAttackerOrigin(location: Location = window.location): string {
  const configured = window.localStorage.getItem(ATTACKER_ORIGIN_STORAGE_KEY);
  if (configured !== null) return configured;
  const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `http://${otherHost}:${ATTACKER_PORT}`;
}

const apiUrl = (side: Side, path: string) => `${findProxyRoute(side, 'main').prefix}${path}`;

async function readJson<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function readLabModes(side: Side): Promise<readonly LabModeState[]> {
  const response = await fetch(apiUrl(side, '/lab/modes'));
  return (await readJson<LabModesAnswer>(response, 'GET /lab/modes')).modes;
}

export async function setLabMode(
  side: Side,
  id: LabModeId,
  on: boolean,
): Promise<readonly LabModeState[]> {
  const response = await fetch(apiUrl(side, `/lab/modes/${id}`), {
    method: 'PUT',
    headers: JSON_HEADERS,
    body: JSON.stringify({ on }),
  });
  return (await readJson<LabModesAnswer>(response, 'PUT /lab/modes')).modes;
}

export async function readLabRequests(
  side: Side,
  afterId: number,
): Promise<readonly LabRequestEntry[]> {
  const response = await fetch(apiUrl(side, `/lab/requests?after=${afterId}`));
  return (await readJson<LabRequestsAnswer>(response, 'GET /lab/requests')).requests;
}

/** The id of the newest journal entry: what happens after it belongs to the next attack. */
export async function readLastRequestId(side: Side): Promise<number> {
  const requests = await readLabRequests(side, 0);
  return requests.at(-1)?.id ?? 0;
}

export interface LootEntry {
  readonly at: string;
  readonly kind: string;
  readonly from: string | null;
  readonly data: unknown;
}

export async function readLoot(): Promise<readonly LootEntry[]> {
  const response = await fetch(`${findAttackerOrigin()}/loot`);
  return (await readJson<{ loot: LootEntry[] }>(response, 'GET /loot')).loot;
}

export async function clearLoot(): Promise<void> {
  await fetch(`${findAttackerOrigin()}/loot`, { method: 'DELETE' });
}

export interface ReplayAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly lab_mode: string | null;
  readonly server_timing: string | null;
}

/** Asks the attacker's SERVER to use a stolen credential (POST /replay on the attacker site). */
export async function replayFromAttacker(request: Record<string, string>): Promise<ReplayAnswer> {
  const response = await fetch(`${findAttackerOrigin()}/replay`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  return readJson<ReplayAnswer>(response, 'POST /replay');
}
