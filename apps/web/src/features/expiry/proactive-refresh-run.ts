/**
 * The proactive refresh, for real: when the timer the JWT column set at login fires (a minute
 * before the access token's exp, by the browser's clock), it is recorded as a run of the first
 * phase of jwt.expiry.
 *
 * Flow: jwt.expiry (phase "0:14 — proactive refresh").
 */
import { RefreshRefusedError } from '../../lib/errors.ts';
import type { JwtLab } from '../../lib/jwt-lab.ts';
import { PROACTIVE_REFRESH_STEPS } from './expiry-scenario.ts';

export function runProactiveRefresh(lab: JwtLab): Promise<void> {
  return lab.runScenario('expiry', ['jwt.expiry'], async () => {
    await lab.browserStep('jwt.expiry.schedule-refresh');
    await lab.refresh(PROACTIVE_REFRESH_STEPS).catch((error: unknown) => {
      if (!(error instanceof RefreshRefusedError)) throw error;
    });
  });
}
