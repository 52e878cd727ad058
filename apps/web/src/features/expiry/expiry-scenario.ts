/**
 * Expiry (document 004, "Expiration Handling"), without waiting: the APIs' development-only
 * `POST /lab/clock` moves each server's clock forward, phase by phase, and back to 0 at the end.
 *
 * Session: a request at 0:20 slides the idle deadline; at 1:00 the idle timeout has ended the
 * session; a second session kept busy all day still ends 8 hours after its login.
 * JWT: the proactive refresh at 0:14; the old token lapsing at 0:15; the refresh family ending on
 * day 30 even though its refresh tokens were rotated every few days.
 *
 * Setup, not part of the flows: a fresh login at 0:00, the second session's activity, and the
 * refreshes between day 0 and day 29 (each keeps the current refresh token within its 7 days).
 *
 * Flows: session.expiry, jwt.expiry.
 */

import type { LabState } from '@authlab/flows/api-types';
import {
  ACCESS_TOKEN_REFRESH_LEAD_SECONDS,
  ACCESS_TOKEN_TTL_SECONDS,
  REFRESH_FAMILY_TTL_SECONDS,
  REFRESH_TOKEN_TTL_SECONDS,
  SESSION_ABSOLUTE_TIMEOUT_SECONDS,
  SESSION_IDLE_TIMEOUT_SECONDS,
} from '@authlab/flows/timelines';
import { RefreshRefusedError } from '../../lib/errors.ts';
import { requireOk, send } from '../../lib/http-client.ts';
import { logInToJwtApi } from '../../lib/jwt-actions.ts';
import type { JwtLab, RefreshStepIds } from '../../lib/jwt-lab.ts';
import type { Scenario } from '../../lib/scenario.ts';
import { logInToSessionApi } from '../../lib/session-actions.ts';
import type { SessionLab } from '../../lib/session-lab.ts';

const MINUTE_SECONDS = 60;
const DAY_SECONDS = 24 * 60 * MINUTE_SECONDS;
/** Requests this far apart keep a session alive (well inside the 30-minute idle window). */
const KEEP_ALIVE_INTERVAL_SECONDS = SESSION_IDLE_TIMEOUT_SECONDS - 5 * MINUTE_SECONDS;
/** Refreshes this far apart keep the current refresh token inside its 7 days. */
const REFRESH_INTERVAL_SECONDS = REFRESH_TOKEN_TTL_SECONDS - DAY_SECONDS;

export const PROACTIVE_REFRESH_STEPS: RefreshStepIds = {
  request: 'jwt.expiry.refresh',
  keepNewTokens: 'jwt.expiry.keep-new-tokens',
};

const FAMILY_END_STEPS: RefreshStepIds = {
  request: 'jwt.expiry.refresh-at-family-end',
  keepNewTokens: 'jwt.expiry.keep-new-tokens',
};

/** Is the session this browser's cookie names still in the store, and alive? */
function hasLiveSession(state: LabState | null): boolean {
  const cookie = state?.cookies_received.find((candidate) => candidate.name === 'authlab.sid');
  if (state === null || cookie === undefined) return false;
  const now = new Date(state.now).getTime();
  return (state.sessions ?? []).some(
    (session) => session.id === cookie.value && new Date(session.idle_expires_at).getTime() > now,
  );
}

async function keepSessionBusy(lab: SessionLab, fromSeconds: number, untilSeconds: number) {
  for (let at = fromSeconds; at < untilSeconds; at += KEEP_ALIVE_INTERVAL_SECONDS) {
    await lab.moveServerClock(at);
    await send(lab.http.get('/me'));
  }
}

async function runSessionExpiry(lab: SessionLab, options: Parameters<Scenario['runSession']>[1]) {
  await lab.setup(async () => {
    await lab.moveServerClock(0);
    requireOk(await logInToSessionApi(lab, options.credentials), 'login');
  });
  await lab.moveServerClock(20 * MINUTE_SECONDS);
  await lab.browserStep('session.expiry.request-in-window');
  await send(lab.http.get('/me'));

  const afterIdle = 60 * MINUTE_SECONDS;
  await lab.moveServerClock(afterIdle);
  if (!hasLiveSession(lab.latestLabState())) {
    await lab.storeStep('session.expiry.store-ttl-expires');
  }
  await lab.browserStep('session.expiry.request-after-idle');
  await send(lab.http.get('/me'));

  const absoluteDeadline = afterIdle + SESSION_ABSOLUTE_TIMEOUT_SECONDS;
  await lab.setup(async () => {
    requireOk(await logInToSessionApi(lab, options.credentials), 'second login');
    await keepSessionBusy(lab, afterIdle + KEEP_ALIVE_INTERVAL_SECONDS, absoluteDeadline);
  });
  await lab.moveServerClock(absoluteDeadline + MINUTE_SECONDS, { observe: false });
  await lab.browserStep('session.expiry.request-after-absolute');
  await send(lab.http.get('/me'));
}

async function runJwtExpiry(lab: JwtLab, options: Parameters<Scenario['runJwt']>[1]) {
  await lab.setup(async () => {
    await lab.moveServerClock(0);
    requireOk(await logInToJwtApi(lab, options.credentials), 'login');
  });
  await lab.moveServerClock(ACCESS_TOKEN_TTL_SECONDS - ACCESS_TOKEN_REFRESH_LEAD_SECONDS);
  await lab.browserStep('jwt.expiry.schedule-refresh');
  await lab.refresh(PROACTIVE_REFRESH_STEPS);

  await lab.moveServerClock(ACCESS_TOKEN_TTL_SECONDS + MINUTE_SECONDS);
  await lab.browserStep('jwt.expiry.old-token-lapses');

  await lab.setup(async () => {
    for (
      let at = REFRESH_INTERVAL_SECONDS;
      at < REFRESH_FAMILY_TTL_SECONDS;
      at += REFRESH_INTERVAL_SECONDS
    ) {
      await lab.moveServerClock(at);
      await lab.refresh();
    }
  });
  await lab.moveServerClock(REFRESH_FAMILY_TTL_SECONDS + MINUTE_SECONDS);
  try {
    await lab.refresh(FAMILY_END_STEPS);
  } catch (error) {
    if (!(error instanceof RefreshRefusedError)) throw error;
    await lab.browserStep('jwt.expiry.log-in-again');
  }
}

/** Every run ends with the clocks back at 0 and nobody logged in on the moved clock. */
export const expiryScenario: Scenario = {
  id: 'expiry',
  sessionFlowIds: () => ['session.expiry'],
  jwtFlowIds: () => ['jwt.expiry'],
  async runSession(lab, options) {
    try {
      await runSessionExpiry(lab, options);
    } finally {
      await lab.setup(async () => {
        await send(lab.http.post('/logout', {}));
        lab.keepUser(null);
        await lab.moveServerClock(0);
      });
    }
  },
  async runJwt(lab, options) {
    try {
      await runJwtExpiry(lab, options);
    } finally {
      await lab.setup(async () => {
        lab.forgetTokens();
        await lab.moveServerClock(0);
      });
    }
  },
};
