/**
 * Expiry timelines (document 004, "Expiration Handling"): the lifetimes both APIs use by default
 * and the documents' values beside them, as data the web app draws as timelines.
 *
 * Teaches: a session ends when the server says so (idle or absolute deadline, or a delete); a JWT
 * ends at its exp unless the server keeps revocation state. Short access tokens plus rotated
 * refresh tokens inside a bounded family give both a smooth experience and a bounded risk.
 *
 * Reference: OWASP Session Management CS ("Session Expiration": idle and absolute timeouts);
 * RFC 9700 §4.14.2 (refresh-token rotation; expiry after inactivity); OWASP JWT CS.
 */
import type { FlowApi, FlowMode } from './types.ts';

export const SESSION_IDLE_TIMEOUT_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_TIMEOUT_SECONDS = 8 * 60 * 60;
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;
export const REFRESH_FAMILY_TTL_SECONDS = 30 * 24 * 60 * 60;
/** How long before exp the web app refreshes proactively (the documents' "0:55" for a 1 h token). */
export const ACCESS_TOKEN_REFRESH_LEAD_SECONDS = 60;

export const DOCUMENTS_ACCESS_TOKEN_TTL_SECONDS = 60 * 60;
export const DOCUMENTS_REFRESH_TOKEN_TTL_SECONDS = 168 * 60 * 60;

export interface Lifetime {
  readonly id: string;
  readonly label: string;
  readonly seconds: number;
  /** `sliding`: each use pushes the deadline back; `fixed`: counted from issue or login. */
  readonly kind: 'sliding' | 'fixed';
  readonly explanation: string;
}

export interface TimelineEvent {
  readonly atSeconds: number;
  readonly status: 'ok' | 'warning' | 'expired';
  readonly label: string;
}

export interface Timeline {
  readonly id: string;
  readonly api: FlowApi;
  readonly mode: FlowMode;
  readonly title: string;
  readonly lifetimes: readonly Lifetime[];
  readonly events: readonly TimelineEvent[];
  /** The flow that walks through this timeline step by step, if any. */
  readonly flowId?: string;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const TIMELINES: readonly Timeline[] = [
  {
    id: 'session',
    api: 'session',
    mode: 'recommended',
    title: 'Session: the server decides',
    flowId: 'session.expiry',
    lifetimes: [
      {
        id: 'idle',
        label: 'Idle timeout',
        seconds: SESSION_IDLE_TIMEOUT_SECONDS,
        kind: 'sliding',
        explanation:
          'Every request pushes the deadline back; 30 minutes without one ends the session.',
      },
      {
        id: 'absolute',
        label: 'Absolute timeout',
        seconds: SESSION_ABSOLUTE_TIMEOUT_SECONDS,
        kind: 'fixed',
        explanation:
          'Counted from login; ends even a busy session, so a stolen id cannot live forever.',
      },
    ],
    events: [
      { atSeconds: 0, status: 'ok', label: 'Login: session created' },
      { atSeconds: 20 * MINUTE, status: 'ok', label: 'Request: idle deadline slides to 0:50' },
      {
        atSeconds: 50 * MINUTE,
        status: 'expired',
        label: 'No request for 30 min: store entry expires',
      },
      {
        atSeconds: 8 * HOUR,
        status: 'expired',
        label: 'Absolute timeout: even an active session ends',
      },
    ],
  },
  {
    id: 'jwt',
    api: 'jwt',
    mode: 'recommended',
    title: 'JWT: exp decides, revocation state can end it earlier',
    flowId: 'jwt.expiry',
    lifetimes: [
      {
        id: 'access',
        label: 'Access token',
        seconds: ACCESS_TOKEN_TTL_SECONDS,
        kind: 'fixed',
        explanation: 'exp = iat + 15 min; bounds what a stolen copy is worth.',
      },
      {
        id: 'refresh',
        label: 'Refresh token',
        seconds: REFRESH_TOKEN_TTL_SECONDS,
        kind: 'fixed',
        explanation:
          'Each one works once (rotation) and for 7 days at most: a week away means logging in again.',
      },
      {
        id: 'family',
        label: 'Refresh family',
        seconds: REFRESH_FAMILY_TTL_SECONDS,
        kind: 'fixed',
        explanation: 'Counted from login, whatever the rotations: the longest a login can last.',
      },
    ],
    events: [
      {
        atSeconds: 0,
        status: 'ok',
        label: 'Login: access token (exp 0:15), refresh family starts',
      },
      {
        atSeconds: ACCESS_TOKEN_TTL_SECONDS - ACCESS_TOKEN_REFRESH_LEAD_SECONDS,
        status: 'warning',
        label: 'Proactive refresh: new access token, refresh token rotated',
      },
      {
        atSeconds: ACCESS_TOKEN_TTL_SECONDS,
        status: 'ok',
        label: 'Old access token expires unnoticed',
      },
      { atSeconds: 30 * DAY, status: 'expired', label: 'Family lifetime reached: log in again' },
    ],
  },
  {
    id: 'session-documents',
    api: 'session',
    mode: 'documents',
    title: "Session in document 004 (PHP's defaults)",
    lifetimes: [
      {
        id: 'idle',
        label: 'Idle timeout ("extended if configured")',
        seconds: 150 * MINUTE,
        kind: 'sliding',
        explanation: '004 shows the session expiring at 2:30 and no absolute timeout.',
      },
    ],
    events: [
      { atSeconds: 0, status: 'ok', label: 'User logs in' },
      { atSeconds: 1 * HOUR, status: 'ok', label: 'Request: session extended (if configured)' },
      { atSeconds: 2 * HOUR, status: 'warning', label: 'Approaching timeout' },
      { atSeconds: 150 * MINUTE, status: 'expired', label: 'Session expires: server deletes it' },
    ],
  },
  {
    id: 'jwt-documents',
    api: 'jwt',
    mode: 'documents',
    title: 'JWT in document 004',
    lifetimes: [
      {
        id: 'access',
        label: 'Access token',
        seconds: DOCUMENTS_ACCESS_TOKEN_TTL_SECONDS,
        kind: 'fixed',
        explanation: 'exp 1:00: a stolen copy works for an hour and cannot be withdrawn.',
      },
      {
        id: 'refresh',
        label: 'Refresh token',
        seconds: DOCUMENTS_REFRESH_TOKEN_TTL_SECONDS,
        kind: 'fixed',
        explanation:
          '168 h, never rotated, kept in localStorage: the most valuable thing an XSS can take.',
      },
    ],
    events: [
      {
        atSeconds: 0,
        status: 'ok',
        label: 'User logs in: token (exp 1:00), refresh token (exp 168:00)',
      },
      { atSeconds: 55 * MINUTE, status: 'warning', label: 'Interceptor refreshes' },
      {
        atSeconds: 1 * HOUR,
        status: 'ok',
        label: 'Original token expired, new one already issued',
      },
      { atSeconds: 168 * HOUR, status: 'expired', label: 'Refresh token expires: log in again' },
    ],
  },
];
