/**
 * The ledger's JWT rows, measured live from this page: Jane logs in (refresh token in the body),
 * logs out, and the ATTACKER SITE's server replays her old access token (GET /me) and refresh token
 * (POST /refresh) at growing times on the jwt-api's lab clock until the server refuses them —
 * once with the secure default, once with the lab mode `jwt-stateless-no-revocation` (the
 * documents' stateless JWT). The clock and the mode are put back afterwards.
 *
 * The same measurement, for every design and event, generates the table in
 * docs/attacks-tokens.md (apps/bench, `pnpm --filter @authlab/bench ledger`).
 *
 * Reference: OWASP JSON Web Token Cheat Sheet, "No Built-In Token Revocation by the User".
 */
import {
  type ReplaySchedule,
  replayUntilRefused,
} from '@authlab/flows/ledger/replay-until-refused';
import type {
  LedgerCredential,
  LedgerDesign,
  LedgerRow,
} from '@authlab/flows/ledger/revocation-ledger';
import { replayFromAttacker, setLabMode } from '../attacks-client.ts';
import { JANE, JSON_HEADERS, jwtUrl, readJson } from '../jwt-requests.ts';
export const STATELESS_MODE = 'jwt-stateless-no-revocation';

/** Every minute for 2 hours (access tokens); every day for 8 days (refresh tokens). */
const SCHEDULES: Readonly<Record<Exclude<LedgerCredential, 'session-cookie'>, ReplaySchedule>> = {
  'access-token': { stepSeconds: 60, maxSeconds: 7_200, precisionSeconds: 1 },
  'refresh-token': { stepSeconds: 86_400, maxSeconds: 691_200, precisionSeconds: 1 },
};

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(jwtUrl(path), {
    method: 'POST',
    headers: { ...JSON_HEADERS, ...headers },
    body: JSON.stringify(body),
  });
  return readJson<Record<string, unknown>>(response, `POST ${path}`);
}

const setClock = async (seconds: number) => {
  await post('/lab/clock', { offset_seconds: seconds });
};

async function logInAndOut(): Promise<{ access: string; refresh: string }> {
  const login = await post('/login', {
    email: JANE.email,
    password: JANE.password,
    refresh_delivery: 'body',
  });
  const access = String(login.access_token);
  await post('/logout', {}, { Authorization: `Bearer ${access}` });
  return { access, refresh: String(login.refresh_token) };
}

async function measureDesign(design: LedgerDesign, onRow: (row: LedgerRow) => void) {
  for (const credential of ['access-token', 'refresh-token'] as const) {
    await setClock(0);
    const { access, refresh } = await logInAndOut();
    const replay = async () => {
      const answer =
        credential === 'access-token'
          ? await replayFromAttacker({ api: 'jwt', route: 'GET /me', bearer: access })
          : await replayFromAttacker({
              api: 'jwt',
              route: 'POST /refresh',
              refresh_token: refresh,
            });
      return answer.status === 200;
    };
    const latency = await replayUntilRefused({ setClock, replay }, SCHEDULES[credential]);
    onRow({ design, credential, event: 'logout', ...latency });
  }
}

/** Measures both JWT designs, reporting each row as soon as it is known. */
export async function measureJwtLedger(onRow: (row: LedgerRow) => void): Promise<void> {
  try {
    await setLabMode('jwt', STATELESS_MODE, false);
    await measureDesign('jwt', onRow);
    await setLabMode('jwt', STATELESS_MODE, true);
    await measureDesign('jwt-stateless', onRow);
  } finally {
    await setLabMode('jwt', STATELESS_MODE, false);
    await setClock(0);
  }
}
