/**
 * The koa-session store adapter: the `get` / `set` / `destroy` object koa-session's README asks for
 * ("External Session Stores"), over this API's `SessionStore` (memory or Redis).
 *
 * Teaches: koa-session owns the session's lifecycle (read the id, load, regenerate, save, destroy);
 * the store only keeps entries. Two things happen on the way through this adapter:
 * - every id is turned into its keyed hash first (session-key.ts): koa-session hands over the id
 *   from the cookie, the store only ever sees HMAC(SESSION_SECRET, id);
 * - each call is one step of the trace, because the adapter is where the store is really asked.
 *
 * What koa-session does with the answers (checked in its source, 7.0.x): `get` answering
 * `undefined` (unknown, destroyed or expired id) is never adopted — koa-session starts a fresh,
 * unsaved session under a NEW id from `genid` (strict session management); an error thrown by
 * `get` is not swallowed, it leaves the middleware as a 503 (`StoreUnavailableError`), so an
 * outage never looks like an anonymous visitor.
 *
 * Flow step ids: session.auth.load-session (get), session.login.store-session (set),
 * session.login.regenerate-id and session.logout.destroy-session (destroy).
 * Reference: koa-session README, "External Session Stores"; OWASP Session Management Cheat Sheet,
 * "Session ID Generation and Verification: Permissive and Strict Session Management".
 */
import { getTrace, outcomeForError, type StepOutcome } from '@authlab/http/trace';
import type { Context } from 'koa';
import type { DeriveStoreKey } from '../session/session-key.ts';
import {
  type SessionRecord,
  type SessionStore,
  type TouchResult,
  toSessionRecord,
} from './session-store.ts';

const LOAD_OUTCOME: Readonly<Record<TouchResult['status'], StepOutcome | undefined>> = {
  active: undefined,
  missing: 'missing',
  expired: 'expired',
};

/** What koa-session passes to every store call; its types mark `ctx` optional, it always sends it. */
interface StoreCallOptions {
  ctx?: Context;
}

/** The shape koa-session's `store` option takes. */
export interface KoaSessionStore {
  get(id: string, maxAge: number, options: StoreCallOptions): Promise<SessionRecord | undefined>;
  set(id: string, data: unknown, maxAge: number, options: StoreCallOptions): Promise<void>;
  destroy(id: string, options: StoreCallOptions): Promise<void>;
}

function contextOf({ ctx }: StoreCallOptions): Context {
  if (ctx === undefined) throw new TypeError('koa-session passes ctx to every store call.');
  return ctx;
}

export function createKoaSessionStore(
  store: SessionStore,
  deriveStoreKey: DeriveStoreKey,
): KoaSessionStore {
  return {
    async get(id, _maxAge, options) {
      const trace = getTrace(contextOf(options));
      const startedAt = performance.now();
      let result: TouchResult;
      try {
        // One operation: load, check the idle and absolute deadlines, slide the idle one.
        result = await store.touch(deriveStoreKey(id));
      } catch (error) {
        trace.record(
          'session.auth.load-session',
          performance.now() - startedAt,
          outcomeForError(error),
        );
        throw error;
      }
      trace.record(
        'session.auth.load-session',
        performance.now() - startedAt,
        LOAD_OUTCOME[result.status],
      );
      return result.status === 'active' ? result.session : undefined;
    },
    async set(id, data, _maxAge, options) {
      await getTrace(contextOf(options)).step('session.login.store-session', () =>
        store.save(deriveStoreKey(id), toSessionRecord(data as Record<string, unknown>)),
      );
    },
    async destroy(id, options) {
      const ctx = contextOf(options);
      // koa-session destroys in two places: `regenerate()` discards the pre-login id, and a
      // session set to `null` is removed at logout (ctx.session then reads null).
      const stepId =
        ctx.session === null ? 'session.logout.destroy-session' : 'session.login.regenerate-id';
      await getTrace(ctx).step(stepId, () => store.destroy(deriveStoreKey(id)));
    },
  };
}
