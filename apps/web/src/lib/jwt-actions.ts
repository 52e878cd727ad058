/**
 * What the JWT column does, as small steps the scenarios combine: log in (refresh token as an
 * HttpOnly cookie, or in the body for the documents' mode), log out on the server or only in the
 * page, and replay a copy of the old access token.
 *
 * Flow steps: the browser ids are passed in by each scenario.
 * Reference: docs/reference/http-api.md (jwt-api routes); RFC 6750 §2.1.
 */

import type { JwtLoginAnswer } from '@authlab/flows/api-types';
import type { AxiosResponse } from 'axios';
import type { Browser } from './cookie-paths.ts';
import { send } from './http-client.ts';
import type { JwtLab } from './jwt-lab.ts';
import type { Credentials, LogoutMode } from './scenario.ts';

export interface LoginStepIds {
  readonly submit: string;
  readonly keep: string;
}

export async function logInToJwtApi(
  lab: JwtLab,
  credentials: Credentials,
  browser: Browser = 'main',
  steps?: LoginStepIds,
): Promise<AxiosResponse> {
  if (steps) await lab.browserStep(steps.submit);
  if (browser === 'admin') {
    const response = await send(
      lab.adminHttp.post<JwtLoginAnswer>('/login', credentials, { authlabSkipRefresh: true }),
    );
    if (response.status === 200) lab.keepAdminToken((response.data as JwtLoginAnswer).access_token);
    return response;
  }
  // A refused login is an answer, not an expired token: nothing to refresh.
  const response = await send(
    lab.http.post<JwtLoginAnswer>(
      '/login',
      { ...credentials, refresh_delivery: lab.refreshDelivery() },
      { authlabSkipRefresh: true },
    ),
  );
  if (response.status === 200) {
    const answer = response.data as JwtLoginAnswer;
    const keep = () => lab.keepTokens(answer, answer.user);
    if (steps) await lab.browserStep(steps.keep, keep);
    else keep();
  }
  return response;
}

export async function ensureJwtLogin(lab: JwtLab, credentials: Credentials) {
  if (lab.readTokens().accessToken !== null) return;
  await lab.setup(() => logInToJwtApi(lab, credentials));
}

/** GET /me with a copy of an old access token, as whoever copied it would send it. */
async function replayAccessToken(lab: JwtLab, stepId: string, copy: string | null) {
  await lab.browserStep(stepId);
  await send(
    lab.http.get('/me', {
      headers: { Authorization: `Bearer ${copy ?? ''}` },
      authlabSkipRefresh: true,
    }),
  );
}

/**
 * jwt.logout: POST /logout, the server denylists the jti and revokes the family; or the documents'
 * jwt.logout-client-only: the page deletes its tokens and tells nobody. Either way a copy of the
 * access token taken before is replayed afterwards.
 */
export async function logOutOfJwtApi(lab: JwtLab, mode: LogoutMode): Promise<void> {
  const copy = lab.readTokens().accessToken;
  if (mode === 'client-only') {
    await lab.browserStep('jwt.logout-client-only.delete-tokens', () => lab.forgetTokens());
    await replayAccessToken(lab, 'jwt.logout-client-only.replay-access-token', copy);
    return;
  }
  await lab.browserStep('jwt.logout.submit');
  const response = await send(lab.http.post('/logout', {}, { authlabSkipRefresh: true }));
  if (response.status === 200) {
    await lab.browserStep('jwt.logout.forget-tokens', () => lab.forgetTokens());
  }
  await replayAccessToken(lab, 'jwt.logout.replay-access-token', copy);
}
