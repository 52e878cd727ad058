/**
 * POST /replay: the attacker uses a stolen credential FROM THIS SERVER, not from the victim's
 * browser — after the victim's tab is closed, from another machine, for as long as the server
 * accepts it. The body names the API, the route and the credential:
 * `{api: "jwt", route: "GET /me", bearer: "eyJ…"}`, `{api: "jwt", route: "POST /refresh",
 * refresh_token: "eyJ…"}`, `{api: "session", route: "GET /me", session_id: "…"}`.
 *
 * The request goes through the web app's origin (its proxy reaches the APIs), with the custom
 * CSRF header and no `Origin`: a server-side client is not a browser, and CSRF defences never
 * stop it — only the credential decides. The answer is passed back as it came (status, body and
 * the lab-mode label), so the Attacks area can show what the stolen credential was still worth.
 *
 * Teaches: a bearer credential works for whoever holds it (RFC 6750 §5.1.1 "token disclosure").
 *
 * Flow step ids: jwt.attack-xss-documents.replay, jwt.attack-xss-memory.replay,
 * session.attack-fixation.replay.
 * Reference: RFC 6750 §5; RFC 10017 §5.1–5.2; OWASP Session Management Cheat Sheet, "Session ID
 * Exchange".
 */
import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import { z } from 'zod';
import type { LootStore } from '../loot-store.ts';
import { allowAnyOrigin } from '../middleware/allow-any-origin.ts';

export const REPLAY_TIMEOUT_MS = 5_000;
/** The session cookie's name in development (session-api, session/session-cookie.ts). */
export const SESSION_COOKIE_NAME = 'authlab.sid';

const replaySchema = z.object({
  api: z.enum(['session', 'jwt']),
  route: z.enum(['GET /me', 'POST /refresh', 'POST /logout-all']),
  bearer: z.string().min(1).max(8192).optional(),
  refresh_token: z.string().min(1).max(8192).optional(),
  session_id: z.string().min(1).max(256).optional(),
});
export type ReplayRequest = z.infer<typeof replaySchema>;

export interface ReplayAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly lab_mode: string | null;
  readonly server_timing: string | null;
}

function buildRequest(replay: ReplayRequest): RequestInit {
  const [method = 'GET'] = replay.route.split(' ');
  const headers: Record<string, string> = { 'X-Requested-With': 'authlab' };
  if (replay.bearer !== undefined) headers.Authorization = `Bearer ${replay.bearer}`;
  if (replay.session_id !== undefined) {
    headers.Cookie = `${SESSION_COOKIE_NAME}=${replay.session_id}`;
  }
  const init: RequestInit = { method, headers, signal: AbortSignal.timeout(REPLAY_TIMEOUT_MS) };
  if (replay.refresh_token !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify({ refresh_token: replay.refresh_token });
  }
  return init;
}

export async function replayCredential(
  targetOrigin: string,
  replay: ReplayRequest,
): Promise<ReplayAnswer> {
  const path = replay.route.split(' ')[1] ?? '/';
  const response = await fetch(`${targetOrigin}/api/${replay.api}${path}`, buildRequest(replay));
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy error page): shown as text.
  }
  return {
    status: response.status,
    body,
    lab_mode: response.headers.get('X-Authlab-Lab-Mode'),
    server_timing: response.headers.get('Server-Timing'),
  };
}

export function createReplayRouter(targetOrigin: string, loot: LootStore): Router {
  const router = new Router();
  router.options('/replay', allowAnyOrigin());
  router.post('/replay', allowAnyOrigin(), bodyParser({ enableTypes: ['json'] }), async (ctx) => {
    const replay = replaySchema.safeParse(ctx.request.body);
    if (!replay.success) {
      ctx.status = 400;
      ctx.body = { error: { code: 'validation_failed', message: 'Not a replay request.' } };
      return;
    }
    try {
      const answer = await replayCredential(targetOrigin, replay.data);
      loot.add({ kind: 'replay', from: null, data: { route: replay.data.route, ...answer } });
      ctx.body = answer;
    } catch {
      ctx.status = 502;
      ctx.body = {
        error: { code: 'target_unreachable', message: `No answer from ${targetOrigin}.` },
      };
    }
  });
  return router;
}
