/**
 * The development lab view: what the server holds and what the browser sent, side by side, so a
 * learner can watch a session being created, slid, expired and destroyed.
 *
 * - GET /lab/state: the store's entries, shown by their store key (shortened): the HMAC of the
 *   session id, which is all the store holds (session/session-key.ts) — so the ids in the store
 *   panel differ from the cookie's on purpose; the session cookie's entry carries its `store_key`.
 *   Then the cookies this request carried — including the HttpOnly ones the page itself cannot
 *   read — the instance that answered, and the row of the one user the page names
 *   (`?user_id=`: public fields + credential version). At most LAB_MAX_SESSIONS entries, with
 *   `truncated` saying whether more exist, so the answer does not grow with the tables. Never
 *   password hashes, secrets or session ids.
 * - POST /lab/clock {offset_seconds}: moves this server's clock forward, to show the idle (30 min)
 *   and absolute (8 h) timeouts without waiting. `{offset_seconds: 0}` resets it.
 * - GET /lab/modes, PUT /lab/modes/:id {on}: the VULNERABLE lab modes this API implements (CSRF
 *   layers, "keep the pre-login id"), all off until switched on; `lab_modes` in the state lists
 *   those on (@authlab/http/lab-modes).
 *
 * DEVELOPMENT ONLY: app.ts mounts these routes only when LAB_ENABLED, which config.ts refuses in
 * production (404 there, as for any unknown path).
 *
 * Teaches: where session state lives, shown without showing anything that could be replayed.
 *
 * Flow step ids: none (development lab view: it shows state, it is not a flow step).
 * Reference: docs/reference/http-api.md, "Lab view"; OWASP Session Management Cheat Sheet.
 */

import type { LabState } from '@authlab/flows/api-types';
import type { LabClock } from '@authlab/http/clock';
import {
  describeReceivedCookies,
  parseLabUserId,
  setLabClock,
  shortenId,
  toLabUser,
} from '@authlab/http/lab';
import { type LabJournal, listLabRequestsHandler } from '@authlab/http/lab-journal';
import {
  type LabModes,
  listLabModesHandler,
  listModesOn,
  setLabModeHandler,
} from '@authlab/http/lab-modes';
import type { UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import { knownSessionCookies, type SessionCookie } from '../session/session-cookie.ts';
import type { DeriveStoreKey } from '../session/session-key.ts';
import {
  findSessionDeadlines,
  type SessionStore,
  type SessionTimeouts,
} from '../stores/session-store.ts';

export const LAB_MAX_SESSIONS = 50;
/** A week: past the absolute timeout, enough for every demo. */
export const LAB_MAX_CLOCK_OFFSET_SECONDS = 604_800;

const toIso = (epochMs: number) => new Date(epochMs).toISOString();

export interface LabRouterDeps {
  instanceId: string;
  clock: LabClock;
  /** The vulnerable lab modes (@authlab/http/lab-modes), listed and switched here. */
  labModes: LabModes;
  /** Recent requests with their steps (@authlab/http/lab-journal). */
  journal: LabJournal;
  users: UsersRepository;
  sessionStore: SessionStore;
  timeouts: SessionTimeouts;
  cookie: SessionCookie;
  deriveStoreKey: DeriveStoreKey;
}

export function createLabRouter(deps: LabRouterDeps): Router {
  const {
    instanceId,
    clock,
    labModes,
    journal,
    users,
    sessionStore,
    timeouts,
    cookie,
    deriveStoreKey,
  } = deps;
  const router = new Router({ prefix: '/lab' });
  const knownCookies = knownSessionCookies(cookie);

  router.get('/state', async (ctx) => {
    const userId = parseLabUserId(ctx.query);
    const ok = await sessionStore.ping();
    // One more than shown tells whether the list was cut, without counting the whole store.
    const listed = ok ? await sessionStore.list(LAB_MAX_SESSIONS + 1) : [];
    const stored = listed.slice(0, LAB_MAX_SESSIONS);
    ctx.body = {
      instance_id: instanceId,
      now: toIso(clock.now()),
      clock_offset_seconds: clock.offsetSeconds,
      lab_modes: listModesOn(labModes, 'session'),
      store: { kind: sessionStore.kind, ok },
      // The session cookie's entry also names the store key it maps to, so the page can tell
      // which store entry is its own without ever seeing the id (or the store seeing it).
      cookies_received: describeReceivedCookies(ctx, knownCookies).map((received) => {
        const id = received.name === cookie.name ? ctx.cookies.get(cookie.name) : undefined;
        return id === undefined
          ? received
          : { ...received, store_key: shortenId(deriveStoreKey(id)) };
      }),
      user: userId === null ? null : toLabUser(users.findUserById(userId)),
      truncated: { sessions: listed.length > LAB_MAX_SESSIONS },
      sessions: stored.map(({ key, session, ttlSeconds }) => {
        const deadlines = findSessionDeadlines(session, timeouts);
        return {
          id: shortenId(key),
          user_id: session.userId,
          data: session,
          created_at: toIso(session.createdAt),
          last_seen_at: toIso(session.lastSeenAt),
          idle_expires_at: toIso(deadlines.idleExpiresAt),
          absolute_expires_at: toIso(deadlines.absoluteExpiresAt),
          ttl_seconds: ttlSeconds,
        };
      }),
    } satisfies LabState;
  });

  router.post('/clock', setLabClock(clock, LAB_MAX_CLOCK_OFFSET_SECONDS));
  router.get('/requests', listLabRequestsHandler(journal));
  router.get('/modes', listLabModesHandler(labModes, 'session'));
  router.put('/modes/:id', setLabModeHandler(labModes, 'session'));

  return router;
}
