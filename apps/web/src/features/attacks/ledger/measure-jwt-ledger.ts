/**
 * The ledger's JWT rows, measured live from this page: Jane logs in (refresh token in the body),
 * then an event ends her login — she logs out, or John (admin) revokes her logins, or disables
 * her account — and the ATTACKER SITE's server replays her old access token (GET /me) and refresh
 * token (POST /refresh) at growing times on the jwt-api's lab clock until the server refuses them:
 * once with the secure default, once with the lab mode `jwt-stateless-no-revocation` (the
 * documents' stateless JWT). The clock, the mode and Jane's account are put back afterwards.
 *
 * The same measurement, for every design and event, generates the table in
 * docs/attacks-tokens.md (apps/bench, `pnpm --filter @authlab/bench ledger`).
 *
 * Reference: OWASP JSON Web Token Cheat Sheet, "No Built-In Token Revocation by the User".
 */

import { DEMO_USERS } from '@authlab/flows/demo-users';
import { replayUntilRefused } from '@authlab/flows/ledger/replay-until-refused';
import {
  type LedgerCredential,
  type LedgerDesign,
  type LedgerEvent,
  type LedgerRow,
  REPLAY_SCHEDULES,
} from '@authlab/flows/ledger/revocation-ledger';
import { replayFromAttacker, setLabMode } from '../attacks-client.ts';
import { JANE, JSON_HEADERS, jwtUrl, readJson } from '../jwt-requests.ts';
export const STATELESS_MODE = 'jwt-stateless-no-revocation';

/** The events the page measures (password change is in the generated docs table only). */
export const LIVE_LEDGER_EVENTS: readonly LedgerEvent[] = [
  'logout',
  'admin-revoke',
  'admin-disable',
];

const admin = DEMO_USERS.find((user) => user.role === 'admin' && !user.disabled);

async function call(method: string, path: string, body: unknown, bearer: string | null = null) {
  const response = await fetch(jwtUrl(path), {
    method,
    headers:
      bearer === null ? JSON_HEADERS : { ...JSON_HEADERS, Authorization: `Bearer ${bearer}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return readJson<Record<string, unknown>>(response, `${method} ${path}`);
}
const post = (path: string, body: unknown, bearer: string | null = null) =>
  call('POST', path, body, bearer);

const setClock = async (seconds: number) => {
  await post('/lab/clock', { offset_seconds: seconds });
};

async function logInAsAdmin(): Promise<string> {
  if (admin === undefined) throw new Error('The demo users have no admin.');
  const login = await post('/login', { email: admin.email, password: admin.password });
  return String(login.access_token);
}

/** Jane logs in, then `event` ends her login; answers the credentials she held. */
async function logInThen(event: LedgerEvent): Promise<{ access: string; refresh: string }> {
  const login = await post('/login', {
    email: JANE.email,
    password: JANE.password,
    refresh_delivery: 'body',
  });
  const access = String(login.access_token);
  if (event === 'logout') await post('/logout', {}, access);
  if (event === 'admin-revoke')
    await call('DELETE', `/admin/users/${JANE.id}/sessions`, undefined, await logInAsAdmin());
  if (event === 'admin-disable')
    await call('PATCH', `/admin/users/${JANE.id}`, { disabled: true }, await logInAsAdmin());
  return { access, refresh: String(login.refresh_token) };
}

/** Jane enabled again (the clock is back at 0 first, so John's token is fresh). */
async function undo(event: LedgerEvent) {
  await setClock(0);
  if (event === 'admin-disable') {
    await call('PATCH', `/admin/users/${JANE.id}`, { disabled: false }, await logInAsAdmin());
  }
}

/** One credential of Jane's, replayed from the attacker site after `event` until refused. */
async function measureOne(
  event: LedgerEvent,
  credential: Exclude<LedgerCredential, 'session-cookie'>,
) {
  const { access, refresh } = await logInThen(event);
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
  return replayUntilRefused({ setClock, replay }, REPLAY_SCHEDULES[credential]);
}

async function measureDesign(design: LedgerDesign, onRow: (row: LedgerRow) => void) {
  for (const event of LIVE_LEDGER_EVENTS) {
    for (const credential of ['access-token', 'refresh-token'] as const) {
      await setClock(0);
      try {
        const row = await measureOne(event, credential);
        onRow({ design, credential, event, ...row });
      } finally {
        await undo(event);
      }
    }
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
