/**
 * Proactive refresh: renew the access token shortly before it expires, so that the user's next
 * request does not have to fail first (document 004, "Expiration Handling": "0:55 — Token expiring
 * soon, Axios interceptor refreshes").
 *
 * The deadline comes from `expires_in` (seconds, relative to the response) rather than from the
 * token's `exp` claim: `exp` is the server's clock, and the browser's clock may differ — in this lab
 * deliberately, because the server clock can be moved forward. `expires_in` is why OAuth 2.0 sends
 * a relative lifetime (RFC 6749 §5.1).
 */

import { ACCESS_TOKEN_REFRESH_LEAD_SECONDS } from '@authlab/flows/timelines';

export interface ProactiveRefreshPlan {
  /** Browser-clock epoch ms at which the token expires. */
  readonly expiresAtMs: number;
  /** Browser-clock epoch ms at which the refresh will run. */
  readonly refreshAtMs: number;
}

export function planProactiveRefresh(
  receivedAtMs: number,
  expiresInSeconds: number,
  leadSeconds = ACCESS_TOKEN_REFRESH_LEAD_SECONDS,
): ProactiveRefreshPlan {
  const expiresAtMs = receivedAtMs + expiresInSeconds * 1000;
  const lead = Math.min(leadSeconds, expiresInSeconds / 2) * 1000;
  return { expiresAtMs, refreshAtMs: expiresAtMs - lead };
}

/** Schedules `refresh` for `plan.refreshAtMs`; returns a cancel function. */
export function scheduleProactiveRefresh(
  plan: ProactiveRefreshPlan,
  refresh: () => void,
  now: () => number = Date.now,
): () => void {
  const timer = setTimeout(refresh, Math.max(0, plan.refreshAtMs - now()));
  return () => clearTimeout(timer);
}
