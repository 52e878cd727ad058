/**
 * Helpers for the development-only lab view (`GET /lab/state`), which shows learners what the
 * browser actually sent and what the server holds — without revealing anything that would let
 * them (or anyone watching) take over a session.
 *
 * A `Cookie` request header carries only `name=value` pairs: the attributes (HttpOnly, SameSite,
 * Path, Secure) stay in the browser. So the lab pairs each received cookie with the attributes
 * the server knows it set, and shows values shortened (`shortenId`): enough to recognise a value,
 * not enough to replay it.
 *
 * `setLabClock()` answers POST /lab/clock `{offset_seconds}` the same way in both APIs: it moves
 * the server's clock forward so that expiry (idle timeout, `exp`, refresh family lifetime) shows
 * without waiting; `{offset_seconds: 0}` resets it. Forward only, and at most `maxOffsetSeconds`:
 * enough to pass every lifetime of the API, not enough to overflow a date.
 *
 * Reference: RFC 6265 §4.2 (the Cookie header holds no attributes), §4.1.2.5–6 (Secure,
 * HttpOnly); RFC 6265bis §5.4.7 (SameSite); OWASP Session Management Cheat Sheet, "Cookies";
 * docs/reference/http-api.md, "Lab view".
 */
import type { Context, Middleware } from 'koa';
import { z } from 'zod';
import type { LabClock } from './clock.ts';
import { parseBody } from './validate.ts';

export const SHORT_ID_LENGTH = 8;

export type SameSite = 'Strict' | 'Lax' | 'None';

export interface KnownCookie {
  name: string;
  httpOnly: boolean;
  sameSite: SameSite;
  path: string;
  secure: boolean;
  /** What this cookie is, e.g. "session id" or "refresh token, sent only to /refresh". */
  note?: string;
}

export interface ReceivedCookie {
  name: string;
  value: string;
  http_only: boolean | null;
  same_site: SameSite | null;
  path: string | null;
  secure: boolean | null;
  note: string;
}

/** `"3f9a1c7be2…"` → `"3f9a1c7b…"`: recognisable, not replayable. */
export function shortenId(id: string): string {
  return id.length <= SHORT_ID_LENGTH ? id : `${id.slice(0, SHORT_ID_LENGTH)}…`;
}

function explainAttributes(cookie: KnownCookie): string {
  const notes = cookie.note === undefined ? [] : [cookie.note];
  notes.push(
    cookie.httpOnly
      ? 'HttpOnly: the page cannot read this'
      : 'not HttpOnly: any script on the page can read this',
  );
  notes.push(
    cookie.sameSite === 'Strict'
      ? 'SameSite=Strict: never sent on requests started by another site'
      : `SameSite=${cookie.sameSite}`,
  );
  if (cookie.path !== '/') notes.push(`Path=${cookie.path}: sent only to that path`);
  if (cookie.secure) notes.push('Secure: sent over HTTPS only');
  return notes.join('; ');
}

function parseCookieHeader(header: string): { name: string; value: string }[] {
  const cookies: { name: string; value: string }[] = [];
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1) continue;
    const name = pair.slice(0, separator).trim();
    if (name !== '') cookies.push({ name, value: pair.slice(separator + 1).trim() });
  }
  return cookies;
}

export function describeReceivedCookies(
  ctx: Context,
  known: readonly KnownCookie[],
): ReceivedCookie[] {
  const header = ctx.get('Cookie');
  if (header === '') return [];
  return parseCookieHeader(header).map(({ name, value }) => {
    const cookie = known.find((candidate) => candidate.name === name);
    if (cookie === undefined) {
      return {
        name,
        value: shortenId(value),
        http_only: null,
        same_site: null,
        path: null,
        secure: null,
        note: 'not set by this server',
      };
    }
    return {
      name,
      value: shortenId(value),
      http_only: cookie.httpOnly,
      same_site: cookie.sameSite,
      path: cookie.path,
      secure: cookie.secure,
      note: explainAttributes(cookie),
    };
  });
}

/** The handler of POST /lab/clock: `{offset_seconds}` in, the new offset and "now" out. */
export function setLabClock(clock: LabClock, maxOffsetSeconds: number): Middleware {
  const clockBodySchema = z.strictObject({
    offset_seconds: z.number().int().min(0).max(maxOffsetSeconds),
  });
  return function setLabClockMiddleware(ctx) {
    const { offset_seconds } = parseBody(clockBodySchema, ctx.request.body);
    clock.setOffsetSeconds(offset_seconds);
    ctx.body = {
      clock_offset_seconds: clock.offsetSeconds,
      now: new Date(clock.now()).toISOString(),
    };
  };
}

const labStateQuerySchema = z.object({
  user_id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});

/**
 * `GET /lab/state?user_id=42`: the page names the one user it shows, so the answer stays the same
 * size whether the users table holds three rows or a million.
 */
export function parseLabUserId(query: unknown): number | null {
  return parseBody(labStateQuerySchema, query).user_id ?? null;
}

interface LabUserSource {
  id: number;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  credentialVersion: number;
}

/** The user row as the lab shows it: public fields and the credential version, never the hash. */
export function toLabUser(user: LabUserSource | null) {
  if (user === null) return null;
  const { id, email, name, role, disabled, credentialVersion } = user;
  return { id, email, name, role, disabled, credential_version: credentialVersion };
}
