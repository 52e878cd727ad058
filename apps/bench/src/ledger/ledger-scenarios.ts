/**
 * The ledger's scenarios: for one API, log a victim in, let the event happen (logout, password
 * change, an admin revoking her logins or disabling her), then replay each credential she held
 * until the server refuses it (@authlab/flows/ledger/replay-until-refused). Every scenario starts
 * at lab-clock 0 and leaves the users table as it found it (re-enabled, the demo password back).
 *
 * Reference: OWASP Session Management Cheat Sheet, "Session Expiration"; OWASP JSON Web Token
 * Cheat Sheet, "No Built-In Token Revocation by the User"; RFC 9700 §4.14.2.
 */

import { replayUntilRefused } from '@authlab/flows/ledger/replay-until-refused';
import {
  type LedgerCredential,
  type LedgerDesign,
  type LedgerEvent,
  type LedgerRow,
  REPLAY_SCHEDULES,
} from '@authlab/flows/ledger/revocation-ledger';
import { demoCredentials } from '@authlab/users/demo-users';
import type { LedgerClient, Login, Side } from './ledger-client.ts';

const VICTIM = demoCredentials(43);
const ADMIN = demoCredentials(42);
/** A new password for the victim: any strong value, it is never used again. */
const NEW_PASSWORD = 'ledger-new-password-7f3c';

const EVENTS: readonly LedgerEvent[] = [
  'logout',
  'password-change',
  'admin-revoke',
  'admin-disable',
];

async function happen(client: LedgerClient, event: LedgerEvent, victim: Login): Promise<void> {
  const expectOk = async (response: Response, what: string) => {
    if (!response.ok) throw new Error(`${event}: ${what} answered ${response.status}`);
    await response.arrayBuffer();
  };
  if (event === 'logout') await expectOk(await client.call('POST', '/logout', victim), 'logout');
  if (event === 'password-change') {
    const body = { current_password: VICTIM.password, new_password: NEW_PASSWORD };
    await expectOk(await client.call('POST', '/me/password', victim, body), 'password');
  }
  if (event === 'admin-revoke') {
    const admin = await client.logIn(ADMIN.email, ADMIN.password);
    const path = `/admin/users/${VICTIM.id}/sessions`;
    await expectOk(await client.call('DELETE', path, admin), 'revoke');
  }
  if (event === 'admin-disable') {
    const admin = await client.logIn(ADMIN.email, ADMIN.password);
    const path = `/admin/users/${VICTIM.id}`;
    await expectOk(await client.call('PATCH', path, admin, { disabled: true }), 'disable');
  }
}

/** Puts the victim back as she was: enabled, with her demo password. */
async function undo(client: LedgerClient, event: LedgerEvent): Promise<void> {
  await client.setClock(0);
  let response: Response | null = null;
  if (event === 'admin-disable') {
    const admin = await client.logIn(ADMIN.email, ADMIN.password);
    const path = `/admin/users/${VICTIM.id}`;
    response = await client.call('PATCH', path, admin, { disabled: false });
  }
  if (event === 'password-change') {
    const victim = await client.logIn(VICTIM.email, NEW_PASSWORD);
    const body = { current_password: NEW_PASSWORD, new_password: VICTIM.password };
    response = await client.call('POST', '/me/password', victim, body);
  }
  if (response !== null && !response.ok) throw new Error(`undo ${event}: ${response.status}`);
  await response?.arrayBuffer();
}

function probeFor(client: LedgerClient, credential: LedgerCredential, victim: Login) {
  return {
    setClock: (seconds: number) => client.setClock(seconds),
    async replay() {
      const response =
        credential === 'refresh-token'
          ? await client.call('POST', '/refresh', null, { refresh_token: victim.refreshToken })
          : await client.call('GET', '/me', victim);
      await response.arrayBuffer();
      return response.status === 200;
    },
  };
}

/** Every row of one design, measured against the API `client` talks to. */
export async function measureDesign(
  client: LedgerClient,
  side: Side,
  design: LedgerDesign,
): Promise<LedgerRow[]> {
  const credentials: LedgerCredential[] =
    side === 'session' ? ['session-cookie'] : ['access-token', 'refresh-token'];
  const rows: LedgerRow[] = [];
  for (const event of EVENTS) {
    for (const credential of credentials) {
      await client.setClock(0);
      const victim = await client.logIn(VICTIM.email, VICTIM.password);
      await happen(client, event, victim);
      const probe = probeFor(client, credential, victim);
      const latency = await replayUntilRefused(probe, REPLAY_SCHEDULES[credential]);
      rows.push({ design, credential, event, ...latency });
      await undo(client, event);
    }
  }
  return rows;
}
