/**
 * koa-session, configured so that a session lives ONLY on the server — and the fast path that
 * every authenticated request takes instead of it.
 *
 * koa-session keeps the whole session IN the cookie unless it is given a `store`; here it always
 * is, so the cookie carries nothing but the id. The options that matter:
 * - `store`: our `SessionStore`, under the keyed hash of each id (`deriveStoreKey`, one HMAC per
 *   request): koa-session hands the adapter below the cookie's id, the store never sees it. `get` is
 *   `touch` (load + deadlines + slide, one round trip).
 * - `genid`: 256 random bits (`generateSessionId`), instead of the default `randomUUID()` (122).
 * - `autoCommit: false` and `rolling: false`: koa-session never writes on its own. A session is
 *   written once, at login (`sessions.start` → `ctx.session.regenerate()`); every other request only
 *   reads it (and slides its idle deadline inside the same `touch`). Anonymous visitors never get an
 *   entry (what express-session calls `saveUninitialized: false`; koa-session has no such option
 *   and never saves a new, empty session anyway).
 * - `maxAge: 'session'`: no Max-Age on the cookie (see session-cookie.ts).
 * - `signed: false` (sessionCookieOptions): no `.sig` cookie; see session-cookie.ts and session-key.ts.
 * - `externalKey`: how the id is read from and written to the cookie, which lets this file tell an
 *   absent cookie from a malformed one and time each step for the trace.
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
 * Where koa-session runs: at login (`start`), where regenerate() earns its keep. Every other request
 * only reads a session, and `read` does that with the very functions koa-session's hooks call
 * (`readSessionId`, `touchSession`), so both accept exactly the same cookies. What it skips is
 * koa-session's per-request machinery, which a read-only request with `autoCommit: false` never
 * uses: a context object copying all its options, a Session model, and a JSON.stringify + CRC32 of
 * the data to notice changes at a commit that never comes. Measured, that was a large share of the
 * cost of an authenticated GET /me (docs/performance.md).
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
import type { DeriveStoreKey } from '../session/session-key.ts';
import { getSessionProbe } from '../session/session-probe.ts';
import { type SessionRecord, type SessionStore, toSessionRecord } from '../stores/session-store.ts';

/** The part of koa-session's `ctx.session` object this API uses (its class is not exported). */
interface KoaSession {
  regenerate(): Promise<void> | undefined;
}

const REGENERATE_STEP: SessionServerStepId = 'session.login.regenerate-id';
const STORE_STEP: SessionServerStepId = 'session.login.store-session';
const SET_COOKIE_STEP: SessionServerStepId = 'session.login.set-cookie';
/** The `cookies` library verifies a `.sig` by default whenever the app has `keys`: say it never does. */
const UNSIGNED = { signed: false } as const;

export interface SessionMiddlewareOptions {
  store: SessionStore;
  cookie: SessionCookie;
  deriveStoreKey: DeriveStoreKey;
}

export interface Sessions {
  /**
   * Reads the cookie and loads (and slides) the session, leaving what it saw in the session probe
   * for authenticate.ts; rejects with the store's error when the store cannot answer.
   */
  read(ctx: Context): Promise<void>;
  /** koa-session's middleware, with the same cookie and store hooks; what `start` runs. */
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
  const { store, cookie, deriveStoreKey } = options;

  /** The cookie's id when it is a well-formed one, else '' (koa-session's "no cookie"). */
  function readSessionId(ctx: Context): string {
    const probe = getSessionProbe(ctx);
    const startedAt = performance.now();
    const sent = ctx.cookies.get(cookie.name, UNSIGNED);
    let id = '';
    if (sent === undefined) {
      probe.cookie = 'absent';
    } else if (isWellFormedSessionId(sent)) {
      id = sent;
      probe.cookie = 'present';
    } else {
      probe.cookie = 'malformed';
    }
    probe.cookieId = id === '' ? null : id;
    probe.readCookieMs = performance.now() - startedAt;
    return id;
  }

  /** Loads and slides the session filed under the id's store key; `null` when there is none. */
  async function touchSession(ctx: Context, id: string): Promise<SessionRecord | null> {
    const probe = getSessionProbe(ctx);
    const startedAt = performance.now();
    const key = deriveStoreKey(id);
    probe.storeKey = key;
    try {
      const result = await store.touch(key);
      const session = result.status === 'active' ? result.session : null;
      probe.load = { outcome: result.status, durationMs: performance.now() - startedAt, session };
      return session;
    } catch (error) {
      const outcome = outcomeForError(error) === 'unavailable' ? 'unavailable' : 'failed';
      probe.load = { outcome, durationMs: performance.now() - startedAt, session: null };
      throw error;
    }
  }

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
        // koa-session treats '' as "no cookie" and draws a fresh id: nothing is looked up.
        get: readSessionId,
        set(ctx: Context, id: string): void {
          const startedAt = performance.now();
          setSessionCookie(ctx, cookie, id);
          getTrace(ctx).record(SET_COOKIE_STEP, performance.now() - startedAt);
        },
      },
      store: {
        async get(id: string, _maxAge: number, { ctx }: { ctx?: Context }) {
          // `undefined` makes koa-session discard the id and start a fresh, unsaved session.
          return (await touchSession(requireContext(ctx), id)) ?? undefined;
        },
        async set(
          id: string,
          data: Record<string, unknown>,
          _maxAge: number,
          { ctx }: { ctx?: Context },
        ) {
          await getTrace(requireContext(ctx)).step(STORE_STEP, () =>
            store.save(deriveStoreKey(id), toSessionRecord(data)),
          );
        },
        async destroy(id: string, { ctx }: { ctx?: Context }) {
          // Only the id that arrived in the cookie can be in the store (get() derived its key);
          // ids koa-session drew during this request never reached it, so they cost no round trip.
          const probe = getSessionProbe(requireContext(ctx));
          if (probe.cookieId === id && probe.storeKey !== null) await store.destroy(probe.storeKey);
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
    async read(ctx) {
      const id = readSessionId(ctx);
      if (id !== '') await touchSession(ctx, id);
    },
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
