/**
 * koa-session, configured so that a session lives ONLY on the server: the cookie carries nothing
 * but a random id, the data sits in our store (memory or Redis).
 *
 *   app: routes that need a session mount this middleware; then `ctx.session` is the session
 *   login:  Object.assign(ctx.session, user); await ctx.session.regenerate();
 *   logout: const session = ctx.session; ctx.session = null; await session.manuallyCommit();
 *
 * The options that matter, each the way koa-session's README documents it:
 * - `store`: the adapter over our store (stores/koa-session-store.ts); without it koa-session keeps
 *   the whole session IN the cookie.
 * - `externalKey`: reads and writes the id in the cookie (session-cookie.ts), refusing a malformed
 *   one before any store lookup.
 * - `genid`: 256 random bits, instead of the default `randomUUID()` (122 bits).
 * - `maxAge: 'session'`: no Max-Age on the cookie; lifetimes are the server's (idle and absolute
 *   deadlines, checked by the store on every load).
 * - `autoCommit: false`: a session is written exactly when this API means to — at login by
 *   `regenerate()`, at logout by `manuallyCommit()` — never as a side effect of reading it. With the
 *   default (`true`), login would save twice: once inside `regenerate()`, once more at the end of
 *   the request because the data changed.
 * - `signed: false`: no `.sig` cookie; the id's 256 random bits are its protection (session-cookie.ts).
 *
 * Mounted per route (not app-wide) so that only requests that need a session read one: the lab view
 * and /healthz never slide anyone's idle deadline.
 *
 * Teaches: koa-session used as its README shows, with the data on the server and only an id in the
 * cookie.
 *
 * Flow step ids: session.auth.read-cookie, session.auth.load-session, session.login.regenerate-id,
 * session.login.store-session, session.login.set-cookie, session.logout.destroy-session (all
 * recorded at the seams: session-cookie.ts and stores/koa-session-store.ts).
 * Reference: koa-session README ("Options", "External Session Stores", "Custom External Key",
 * "Destroying a session", "Session#manuallyCommit()"); OWASP Session Management Cheat Sheet.
 */
import { allowSecureCookies } from '@authlab/http/cookies';
import type { LabModes } from '@authlab/http/lab-modes';
import type Koa from 'koa';
import type { Middleware } from 'koa';
import session from 'koa-session';
import {
  createSessionCookieKey,
  generateSessionId,
  type SessionCookie,
  sessionCookieOptions,
} from '../session/session-cookie.ts';
import type { DeriveStoreKey } from '../session/session-key.ts';
import { createKoaSessionStore } from '../stores/koa-session-store.ts';
import type { SessionStore } from '../stores/session-store.ts';

export interface SessionMiddlewareOptions {
  store: SessionStore;
  cookie: SessionCookie;
  deriveStoreKey: DeriveStoreKey;
  /** Lab only: `csrf-samesite-lax` changes the cookie it sets (session-cookie.ts). */
  labModes?: LabModes;
}

export function createSessionMiddleware(app: Koa, options: SessionMiddlewareOptions): Middleware {
  const { store, cookie, deriveStoreKey, labModes } = options;
  const middleware = session(
    {
      key: cookie.name,
      ...sessionCookieOptions(cookie),
      maxAge: 'session',
      autoCommit: false,
      rolling: false,
      renew: false,
      genid: generateSessionId,
      externalKey: createSessionCookieKey(cookie, labModes),
      store: createKoaSessionStore(store, deriveStoreKey),
    },
    app,
  );
  return function sessionMiddleware(ctx, next) {
    // koa-session expires the cookie itself at logout: let it set a Secure one behind a proxy.
    allowSecureCookies(ctx, cookie.secure);
    return middleware(ctx, next);
  };
}
