/**
 * What the forgery panel asks: a genuine access token (Jane, an ordinary user, logs in), what the
 * lab's vulnerable verifier offers (its weak-secret token, its one jku origin), the real API's
 * published key, and the two verdicts on one forged token — the vulnerable verifier's answer and
 * the real API's status with the steps its Server-Timing reported.
 *
 * Reference: docs/attacks-tokens.md, "Forged tokens".
 */
import type { NaiveVerifierRoute } from '@authlab/flows/forgery/forgeries';
import type { JsonObject } from '@authlab/flows/forgery/jose-segments';
import type {
  NaiveVerdictAnswer,
  NaiveVerifierInfoAnswer,
} from '@authlab/flows/forgery/naive-verdict';
import { parseServerTiming, type ServerTimingEntry } from '@authlab/flows/server-timing';
import { findAttackerOrigin } from '../attacks-client.ts';
import { JANE, JSON_HEADERS, jwtUrl, readJson } from '../jwt-requests.ts';

/** Jane: the forger is an ordinary user who wants to be admin. */
export async function logInForger(): Promise<string> {
  const response = await fetch(jwtUrl('/login'), {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ email: JANE.email, password: JANE.password }),
  });
  return (await readJson<{ access_token: string }>(response, 'POST /login')).access_token;
}

export async function readVerifierInfo(): Promise<NaiveVerifierInfoAnswer> {
  const response = await fetch(jwtUrl('/lab/vulnerable-verifier'));
  return readJson<NaiveVerifierInfoAnswer>(response, 'GET /lab/vulnerable-verifier');
}

/** The real API's current public key (ES256), or `null` in HS256 mode (nothing is published). */
export async function readPublishedJwk(): Promise<JsonObject | null> {
  const response = await fetch(jwtUrl('/.well-known/jwks.json'));
  if (!response.ok) return null;
  const { keys } = (await response.json()) as { keys?: JsonObject[] };
  return keys?.[0] ?? null;
}

/** Puts the attacker's public key on the attacker site, where the jku forgery points. */
export async function publishAttackerJwk(jwk: JsonObject): Promise<void> {
  const response = await fetch(`${findAttackerOrigin()}/.well-known/jwks.json`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ keys: [jwk] }),
  });
  if (!response.ok) throw new Error(`attacker JWKS: HTTP ${response.status}`);
}

export async function askVulnerableVerifier(
  route: NaiveVerifierRoute,
  token: string,
): Promise<NaiveVerdictAnswer> {
  const response = await fetch(jwtUrl(`/lab/vulnerable-verifier/${route}`), {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ token }),
  });
  return readJson<NaiveVerdictAnswer>(response, 'POST /lab/vulnerable-verifier');
}

export interface RealApiAnswer {
  readonly status: number;
  readonly steps: readonly ServerTimingEntry[];
}

/** GET /users (admins only) with the forged token: what the real API does with it. */
export async function askRealApi(token: string): Promise<RealApiAnswer> {
  const response = await fetch(jwtUrl('/users'), { headers: { Authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return {
    status: response.status,
    steps: parseServerTiming(response.headers.get('Server-Timing')),
  };
}
