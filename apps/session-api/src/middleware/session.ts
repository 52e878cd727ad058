/**
 * koa-session, configured so that a session lives ONLY on the server.
 *
 * koa-session keeps the whole session IN the cookie unless it is given a `store`; here it always
 * is, so the cookie carries nothing but the id. The options that matter:
 * - `store`: our `SessionStore`. `get` is `touch` (load + deadlines + slide, one round trip).
 * - `genid`: 256 random bits (`generateSessionId`), instead of the default `randomUUID()` (122).
 * - `autoCommit: false` and `rolling: false`: koa-session never writes on its own. A session is
 *   written once, at login (`sessions.start` → `ctx.session.regenerate()`); every other request only
 *   reads it (and slides its idle deadline inside the same `touch`). Anonymous visitors never get an
 *   entry (what express-session calls `saveUninitialized: false`; koa-session has no such option
 *   and never saves a new, empty session anyway).
 * - `maxAge: 'session'`: no Max-Age on the cookie (see session-cookie.ts).
 * - `externalKey`: how the id is read from and written to the signed cookie, which lets this file
 *   tell an absent cookie from a forged one and time each step for the trace.
 *
 * What koa-session does with a store, checked in its source (src/context.ts, 7.0.x):
 * - an id the store does not know is NEVER adopted: `initFromExternal` sees no data, fails `valid()`
 *   and calls `create()`, which draws a fresh id from `genid` (test/routes/login.test.ts checks it);
 * - an error thrown by `store.get` is NOT swallowed: `initFromExternal` runs outside the
 *   middleware's try/finally, so it propagates to `handleErrors()`. `touch` throws
 *   `StoreUnavailableError` (503) — an outage never turns into an anonymous session, which would
 *   be an auth bypass for any route that only checks "is there a user";
 * - `regenerate()` = `remove()` (store.destroy of the old id + cookie cleared) + a new `genid` +
 *   `save()` (store.set + cookie set), in that order: the hooks below mark where each step ends.
 *
 * Step ids: session.auth.read-cookie and session.auth.load-session (measured here, reported by
 * authenticate.ts), session.login.regenerate-id, session.login.store-session, session.login.set-cookie.
 * Reference: OWASP Session Management Cheat Sheet, "Session ID Generation and Verification:
 * Permissive and Strict Session Management", "Renew the Session ID After Any Privilege Level Change".
 */

import type { SessionServerStepId } from '@authlab/flows/step-ids';
import { allowSecureCookies } from '@authlab/http/cookies';
import { getTrace, outcomeForError } from '@authlab/http/trace';
import type Koa from 'koa';
import type { Context, Middleware } from 'koa';
import createSession from 'koa-session';
import {
  generateSessionId,
  isWellFormedSessionId,
  type SessionCookie,
  sessionCookieOptions,
  setSessionCookie,
} from '../session/session-cookie.ts';
import { getSessionProbe } from '../session/session-probe.ts';
import { type SessionRecord, type SessionStore, toSessionRecord } from '../stores/session-store.ts';

/** The part of koa-session's `ctx.session` object this API uses (its class is not exported). */
interface KoaSession {
  regenerate(): Promise<void> | undefined;
}

const REGENERATE_STEP: SessionServerStepId = 'session.login.regenerate-id';
const STORE_STEP: SessionServerStepId = 'session.login.store-session';
const SET_COOKIE_STEP: SessionServerStepId = 'session.login.set-cookie';

export interface SessionMiddlewareOptions {
  store: SessionStore;
  cookie: SessionCookie;
}

export interface Sessions {
  /** koa-session's middleware: reads the cookie and loads the session (see authenticate.ts). */
  load: Middleware;
  /**
   * Login, once the password is verified: loads whatever session the request came with, then
   * `regenerate()` destroys that pre-login id in the store and stores `session` under a NEW id, so
   * an id an attacker planted in the victim's browser never becomes an authenticated id (fixation).
   * Nothing touches the store before the credentials are verified.
   */
  start(ctx: Context, session: SessionRecord): Promise<void>;
}

export function createSessions(app: Koa, options: SessionMiddlewareOptions): Sessions {
  const { store, cookie } = options;
  const koaSession = createSession(
    {
      key: cookie.name,
      ...sessionCookieOptions(cookie),
      maxAge: 'session',
      autoCommit: false,
      rolling: false,
      renew: false,
      genid: generateSessionId,
      externalKey: {
        get(ctx: Context): string {
          const probe = getSessionProbe(ctx);
          const startedAt = performance.now();
          const verified = ctx.cookies.get(cookie.name, { signed: true });
          // koa-session treats '' as "no cookie" and draws a fresh id: nothing is looked up.
          let id = '';
          if (verified !== undefined && isWellFormedSessionId(verified)) {
            id = verified;
            probe.cookie = 'present';
          } else {
            const sent = verified ?? ctx.cookies.get(cookie.name, { signed: false });
            probe.cookie = sent === undefined ? 'absent' : 'forged';
          }
          probe.cookieId = id === '' ? null : id;
          probe.readCookieMs = performance.now() - startedAt;
          return id;
        },
        set(ctx: Context, id: string): void {
          const startedAt = performance.now();
          setSessionCookie(ctx, cookie, id);
          getTrace(ctx).record(SET_COOKIE_STEP, performance.now() - startedAt);
        },
      },
      store: {
        async get(id: string, _maxAge: number, { ctx }: { ctx?: Context }) {
          const probe = getSessionProbe(requireContext(ctx));
          const startedAt = performance.now();
          try {
            const result = await store.touch(id);
            const session = result.status === 'active' ? result.session : null;
            probe.load = {
              outcome: result.status,
              durationMs: performance.now() - startedAt,
              session,
            };
            // `undefined` makes koa-session discard the id and start a fresh, unsaved session.
            return session ?? undefined;
          } catch (error) {
            const outcome = outcomeForError(error) === 'unavailable' ? 'unavailable' : 'failed';
            probe.load = { outcome, durationMs: performance.now() - startedAt, session: null };
            throw error;
          }
        },
        async set(
          id: string,
          data: Record<string, unknown>,
          _maxAge: number,
          { ctx }: { ctx?: Context },
        ) {
          await getTrace(requireContext(ctx)).step(STORE_STEP, () =>
            store.save(id, toSessionRecord(data)),
          );
        },
        async destroy(id: string, { ctx }: { ctx?: Context }) {
          // Only an id that arrived in a verified cookie can be in the store; ids koa-session drew
          // during this request never reached it, so they cost no round trip.
          if (getSessionProbe(requireContext(ctx)).cookieId === id) await store.destroy(id);
        },
      },
      beforeSave(ctx: Context) {
        const probe = getSessionProbe(ctx);
        if (probe.regenerateStartedAt === null) return;
        getTrace(ctx).record(REGENERATE_STEP, performance.now() - probe.regenerateStartedAt);
        probe.regenerateStartedAt = null;
      },
    },
    app,
  );

  const load: Middleware = function loadSession(ctx, next) {
    allowSecureCookies(ctx, cookie.secure);
    return koaSession(ctx, next);
  };

  return {
    load,
    async start(ctx, session) {
      const probe = getSessionProbe(ctx);
      probe.regenerateStartedAt = performance.now();
      try {
        await load(ctx, async () => {
          ctx.session = { ...session };
          const koaSessionObject: KoaSession | null = ctx.session;
          await koaSessionObject?.regenerate();
        });
      } catch (error) {
        // Failed before the new id was saved (e.g. the store was down while the old one was
        // loaded or destroyed): the trace still shows which step it was.
        if (probe.regenerateStartedAt !== null) {
          const durationMs = performance.now() - probe.regenerateStartedAt;
          getTrace(ctx).record(REGENERATE_STEP, durationMs, outcomeForError(error));
          probe.regenerateStartedAt = null;
        }
        throw error;
      }
    },
  };
}

function requireContext(ctx: Context | undefined): Context {
  if (ctx === undefined) throw new TypeError('koa-session passes ctx to every store call.');
  return ctx;
}
