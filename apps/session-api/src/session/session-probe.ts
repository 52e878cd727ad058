/**
 * What koa-session's hooks observed on one request: whether a well-formed cookie came, how the
 * store answered, how long each took. koa-session reads the cookie and loads the session in one
 * call (`initFromExternal`); this record lets authenticate.ts report those as separate steps, with
 * their outcomes, in the trace — after the fact, in the order they ran.
 *
 * Step ids: session.auth.read-cookie, session.auth.load-session, session.login.regenerate-id.
 * Reference: W3C Server Timing; docs/reference/http-api.md ("Trace").
 */
import type { Context } from 'koa';
import type { SessionRecord, TouchResult } from '../stores/session-store.ts';

export type CookieState = 'absent' | 'present' | 'malformed';
export type LoadOutcome = TouchResult['status'] | 'unavailable' | 'failed';

/** What koa-session's hooks saw on this request; authenticate.ts turns it into trace steps. */
export interface SessionProbe {
  cookie: CookieState;
  /** The id from a well-formed cookie: the only id this request can find in the store. */
  cookieId: string | null;
  /** Its store key (session-key.ts), once the store was asked; what logout destroys. */
  storeKey: string | null;
  readCookieMs: number;
  load: { outcome: LoadOutcome; durationMs: number; session: SessionRecord | null } | null;
  regenerateStartedAt: number | null;
}

const PROBE_KEY = 'sessionProbe';

export function getSessionProbe(ctx: Context): SessionProbe {
  const existing: SessionProbe | undefined = ctx.state[PROBE_KEY];
  if (existing !== undefined) return existing;
  const probe: SessionProbe = {
    cookie: 'absent',
    cookieId: null,
    storeKey: null,
    readCookieMs: 0,
    load: null,
    regenerateStartedAt: null,
  };
  ctx.state[PROBE_KEY] = probe;
  return probe;
}
