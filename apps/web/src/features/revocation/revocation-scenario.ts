/**
 * Revocation (document 004: sessions are "easy to revoke", JWTs "cannot revoke easily"): John, an
 * admin, ends Jane's logins or disables her account from his own browser (the admin console), and
 * Jane's very next request is refused. Or: a copy of a credential replayed after logout.
 *
 * Setup, not part of the flow: Jane logs in in this browser and John in the admin console. A
 * disabled Jane is re-enabled afterwards, so the demo users stay as seeded.
 *
 * Flows: session.revocation, jwt.revocation, session.disable-user, jwt.disable-user,
 * session.logout, jwt.logout, jwt.logout-client-only.
 */
import type { JwtLoginAnswer, LoginAnswer, PublicUser } from '@authlab/flows/api-types';
import { RefreshRefusedError } from '../../lib/errors.ts';
import { requireOk, send } from '../../lib/http-client.ts';
import { ensureJwtLogin, logInToJwtApi, logOutOfJwtApi } from '../../lib/jwt-actions.ts';
import type { JwtLab } from '../../lib/jwt-lab.ts';
import {
  ADMIN_CREDENTIALS,
  type RevocationVariant,
  type Scenario,
  type ScenarioOptions,
  VICTIM_CREDENTIALS,
} from '../../lib/scenario.ts';
import {
  ensureSessionLogin,
  logInToSessionApi,
  logOutOfSessionApi,
} from '../../lib/session-actions.ts';
import type { SessionLab } from '../../lib/session-lab.ts';

type AdminVariant = Exclude<RevocationVariant, 'replay-after-logout'>;

const FLOW_NAMES: Record<AdminVariant, string> = {
  'end-sessions': 'revocation',
  'disable-account': 'disable-user',
};

function selectFlows(side: 'session' | 'jwt', options: ScenarioOptions): string[] {
  if (options.revocation !== 'replay-after-logout') {
    return [`${side}.${FLOW_NAMES[options.revocation]}`];
  }
  if (side === 'session') return ['session.logout'];
  return [options.logoutMode === 'client-only' ? 'jwt.logout-client-only' : 'jwt.logout'];
}

/** John's admin request from the admin console: end Jane's sessions, or disable her account. */
function revoke(lab: SessionLab | JwtLab, variant: AdminVariant, victim: PublicUser) {
  return variant === 'end-sessions'
    ? send(lab.adminHttp.delete(`/admin/users/${victim.id}/sessions`))
    : send(lab.adminHttp.patch(`/admin/users/${victim.id}`, { disabled: true }));
}

async function restoreVictim(lab: SessionLab | JwtLab, variant: AdminVariant, victim: PublicUser) {
  if (variant !== 'disable-account') return;
  await lab.setup(() =>
    send(lab.adminHttp.patch(`/admin/users/${victim.id}`, { disabled: false })),
  );
}

export const revocationScenario: Scenario = {
  id: 'revocation',
  runSidesInTurn: (options) => options.revocation === 'disable-account',
  sessionFlowIds: (options) => selectFlows('session', options),
  jwtFlowIds: (options) => selectFlows('jwt', options),
  async runSession(lab, options) {
    const variant = options.revocation;
    if (variant === 'replay-after-logout') {
      await ensureSessionLogin(lab, options.credentials);
      await logOutOfSessionApi(lab);
      return;
    }
    const victim = await lab.setup(async () => {
      const answer = requireOk(await logInToSessionApi(lab, VICTIM_CREDENTIALS), 'victim login');
      requireOk(await logInToSessionApi(lab, ADMIN_CREDENTIALS, 'admin'), 'admin login');
      return (answer.data as LoginAnswer).user;
    });
    const flow = `session.${FLOW_NAMES[variant]}`;
    try {
      await lab.browserStep(`${flow}.admin-request`);
      await revoke(lab, variant, victim);
      await lab.browserStep(`${flow}.victim-request`);
      await send(lab.http.get('/me'));
    } finally {
      await restoreVictim(lab, variant, victim);
    }
  },
  async runJwt(lab, options) {
    const variant = options.revocation;
    if (variant === 'replay-after-logout') {
      await ensureJwtLogin(lab, options.credentials);
      await logOutOfJwtApi(lab, options.logoutMode);
      return;
    }
    const victim = await lab.setup(async () => {
      const answer = requireOk(await logInToJwtApi(lab, VICTIM_CREDENTIALS), 'victim login');
      requireOk(await logInToJwtApi(lab, ADMIN_CREDENTIALS, 'admin'), 'admin login');
      return (answer.data as JwtLoginAnswer).user;
    });
    const flow = `jwt.${FLOW_NAMES[variant]}`;
    try {
      await lab.browserStep(`${flow}.admin-request`);
      await revoke(lab, variant, victim);
      await lab.browserStep(`${flow}.victim-request`);
      // Jane's interceptor tries a refresh; her refresh token carries the old ver too.
      await send(lab.http.get('/me')).catch((error: unknown) => {
        if (!(error instanceof RefreshRefusedError)) throw error;
      });
    } finally {
      await restoreVictim(lab, variant, victim);
    }
  },
};
