/**
 * What the session column does, as small steps the scenarios combine: log in, send a request,
 * log out and try the old cookie again.
 *
 * Flow steps: the browser ids are passed in by each scenario, so the same action can be drawn
 * against the flow it belongs to (session.login, session.storage, …).
 * Reference: docs/reference/http-api.md (session-api routes).
 */

import type { LoginAnswer } from '@authlab/flows/api-types';
import type { AxiosResponse } from 'axios';
import type { Browser } from './cookie-paths.ts';
import { send } from './http-client.ts';
import type { Credentials } from './scenario.ts';
import type { SessionLab } from './session-lab.ts';

export interface LoginStepIds {
  readonly submit: string;
  readonly keep: string;
}

export async function logInToSessionApi(
  lab: SessionLab,
  credentials: Credentials,
  browser: Browser = 'main',
  steps?: LoginStepIds,
): Promise<AxiosResponse> {
  if (steps) await lab.browserStep(steps.submit);
  const http = browser === 'main' ? lab.http : lab.adminHttp;
  const response = await send(http.post<LoginAnswer>('/login', credentials));
  if (response.status === 200 && browser === 'main') {
    const answer = response.data as LoginAnswer;
    if (steps) await lab.browserStep(steps.keep, () => lab.keepUser(answer.user));
    else lab.keepUser(answer.user);
  }
  return response;
}

/** Scenarios that need a logged-in user log one in first, as setup, when there is none. */
export async function ensureSessionLogin(lab: SessionLab, credentials: Credentials) {
  if (lab.readUser() !== null) return;
  await lab.setup(() => logInToSessionApi(lab, credentials));
}

/** POST /logout, then a request as a thief with the old cookie would send it (session.logout). */
export async function logOutOfSessionApi(lab: SessionLab): Promise<void> {
  await lab.browserStep('session.logout.submit');
  const response = await send(lab.http.post('/logout', {}));
  if (response.status === 200) {
    await lab.browserStep('session.logout.drop-cookie', () => lab.keepUser(null));
  }
  // HttpOnly hides the id from this page, so it cannot keep a copy to replay: the browser sends
  // what its jar holds now, which after logout is nothing.
  await lab.browserStep('session.logout.replay-old-cookie', undefined, 'httponly-replay');
  await send(lab.http.get('/me'));
}
