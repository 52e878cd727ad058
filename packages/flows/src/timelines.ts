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
import type { Localized } from './localized.ts';
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
  readonly label: Localized;
  readonly seconds: number;
  /** `sliding`: each use pushes the deadline back; `fixed`: counted from issue or login. */
  readonly kind: 'sliding' | 'fixed';
  readonly explanation: Localized;
}

export interface TimelineEvent {
  readonly atSeconds: number;
  readonly status: 'ok' | 'warning' | 'expired';
  readonly label: Localized;
}

export interface Timeline {
  readonly id: string;
  readonly api: FlowApi;
  readonly mode: FlowMode;
  readonly title: Localized;
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
    title: { en: 'Session: the server decides', vi: 'Session: server quyết định' },
    flowId: 'session.expiry',
    lifetimes: [
      {
        id: 'idle',
        label: { en: 'Idle timeout', vi: 'Timeout khi không hoạt động' },
        seconds: SESSION_IDLE_TIMEOUT_SECONDS,
        kind: 'sliding',
        explanation: {
          en: 'Every request pushes the deadline back; 30 minutes without one ends the session.',
          vi: 'Mỗi request lùi hạn lại; 30 phút không có request nào thì session kết thúc.',
        },
      },
      {
        id: 'absolute',
        label: { en: 'Absolute timeout', vi: 'Timeout tuyệt đối' },
        seconds: SESSION_ABSOLUTE_TIMEOUT_SECONDS,
        kind: 'fixed',
        explanation: {
          en: 'Counted from login; ends even a busy session, so a stolen id cannot live forever.',
          vi: 'Tính từ lúc đăng nhập; kết thúc cả session đang được dùng liên tục, nên id bị đánh cắp không sống mãi được.',
        },
      },
    ],
    events: [
      {
        atSeconds: 0,
        status: 'ok',
        label: { en: 'Login: session created', vi: 'Đăng nhập: session được tạo' },
      },
      {
        atSeconds: 20 * MINUTE,
        status: 'ok',
        label: {
          en: 'Request: idle deadline slides to 0:50',
          vi: 'Request: hạn không hoạt động lùi tới 0:50',
        },
      },
      {
        atSeconds: 50 * MINUTE,
        status: 'expired',
        label: {
          en: 'No request for 30 min: store entry expires',
          vi: '30 phút không có request: session trong store hết hạn',
        },
      },
      {
        atSeconds: 8 * HOUR,
        status: 'expired',
        label: {
          en: 'Absolute timeout: even an active session ends',
          vi: 'Timeout tuyệt đối: session đang dùng cũng kết thúc',
        },
      },
    ],
  },
  {
    id: 'jwt',
    api: 'jwt',
    mode: 'recommended',
    title: {
      en: 'JWT: exp decides, revocation state can end it earlier',
      vi: 'JWT: exp quyết định, trạng thái thu hồi có thể kết thúc sớm hơn',
    },
    flowId: 'jwt.expiry',
    lifetimes: [
      {
        id: 'access',
        label: { en: 'Access token', vi: 'Access token' },
        seconds: ACCESS_TOKEN_TTL_SECONDS,
        kind: 'fixed',
        explanation: {
          en: 'exp = iat + 15 min; bounds what a stolen copy is worth.',
          vi: 'exp = iat + 15 phút; giới hạn giá trị của một bản bị đánh cắp.',
        },
      },
      {
        id: 'refresh',
        label: { en: 'Refresh token', vi: 'Refresh token' },
        seconds: REFRESH_TOKEN_TTL_SECONDS,
        kind: 'fixed',
        explanation: {
          en: 'Each one works once (rotation) and for 7 days at most: a week away means logging in again.',
          vi: 'Mỗi token chỉ dùng được một lần (xoay vòng) và tối đa 7 ngày: vắng mặt một tuần là phải đăng nhập lại.',
        },
      },
      {
        id: 'family',
        label: { en: 'Refresh family', vi: 'Refresh family' },
        seconds: REFRESH_FAMILY_TTL_SECONDS,
        kind: 'fixed',
        explanation: {
          en: 'Counted from login, whatever the rotations: the longest a login can last.',
          vi: 'Tính từ lúc đăng nhập, bất kể xoay vòng bao nhiêu lần: thời gian dài nhất một lần đăng nhập có thể kéo dài.',
        },
      },
    ],
    events: [
      {
        atSeconds: 0,
        status: 'ok',
        label: {
          en: 'Login: access token (exp 0:15), refresh family starts',
          vi: 'Đăng nhập: access token (exp 0:15), refresh family bắt đầu',
        },
      },
      {
        atSeconds: ACCESS_TOKEN_TTL_SECONDS - ACCESS_TOKEN_REFRESH_LEAD_SECONDS,
        status: 'warning',
        label: {
          en: 'Proactive refresh: new access token, refresh token rotated',
          vi: 'Refresh chủ động: access token mới, refresh token được xoay vòng',
        },
      },
      {
        atSeconds: ACCESS_TOKEN_TTL_SECONDS,
        status: 'ok',
        label: {
          en: 'Old access token expires unnoticed',
          vi: 'Access token cũ hết hạn mà không ai để ý',
        },
      },
      {
        atSeconds: 30 * DAY,
        status: 'expired',
        label: {
          en: 'Family lifetime reached: log in again',
          vi: 'Family hết vòng đời: đăng nhập lại',
        },
      },
    ],
  },
  {
    id: 'session-documents',
    api: 'session',
    mode: 'documents',
    title: {
      en: "Session in document 004 (PHP's defaults)",
      vi: 'Session trong tài liệu 004 (mặc định của PHP)',
    },
    lifetimes: [
      {
        id: 'idle',
        label: {
          en: 'Idle timeout ("extended if configured")',
          vi: 'Timeout khi không hoạt động ("được gia hạn nếu có cấu hình")',
        },
        seconds: 150 * MINUTE,
        kind: 'sliding',
        explanation: {
          en: '004 shows the session expiring at 2:30 and no absolute timeout.',
          vi: '004 cho session hết hạn lúc 2:30 và không có timeout tuyệt đối.',
        },
      },
    ],
    events: [
      { atSeconds: 0, status: 'ok', label: { en: 'User logs in', vi: 'Người dùng đăng nhập' } },
      {
        atSeconds: 1 * HOUR,
        status: 'ok',
        label: {
          en: 'Request: session extended (if configured)',
          vi: 'Request: session được gia hạn (nếu có cấu hình)',
        },
      },
      {
        atSeconds: 2 * HOUR,
        status: 'warning',
        label: { en: 'Approaching timeout', vi: 'Sắp hết hạn' },
      },
      {
        atSeconds: 150 * MINUTE,
        status: 'expired',
        label: { en: 'Session expires: server deletes it', vi: 'Session hết hạn: server xóa nó' },
      },
    ],
  },
  {
    id: 'jwt-documents',
    api: 'jwt',
    mode: 'documents',
    title: { en: 'JWT in document 004', vi: 'JWT trong tài liệu 004' },
    lifetimes: [
      {
        id: 'access',
        label: { en: 'Access token', vi: 'Access token' },
        seconds: DOCUMENTS_ACCESS_TOKEN_TTL_SECONDS,
        kind: 'fixed',
        explanation: {
          en: 'exp 1:00: a stolen copy works for an hour and cannot be withdrawn.',
          vi: 'exp 1:00: bản bị đánh cắp dùng được cả giờ và không thu hồi được.',
        },
      },
      {
        id: 'refresh',
        label: { en: 'Refresh token', vi: 'Refresh token' },
        seconds: DOCUMENTS_REFRESH_TOKEN_TTL_SECONDS,
        kind: 'fixed',
        explanation: {
          en: '168 h, never rotated, kept in localStorage: the most valuable thing an XSS can take.',
          vi: '168 giờ, không bao giờ xoay vòng, cất trong localStorage: thứ giá trị nhất mà XSS lấy được.',
        },
      },
    ],
    events: [
      {
        atSeconds: 0,
        status: 'ok',
        label: {
          en: 'User logs in: token (exp 1:00), refresh token (exp 168:00)',
          vi: 'Người dùng đăng nhập: token (exp 1:00), refresh token (exp 168:00)',
        },
      },
      {
        atSeconds: 55 * MINUTE,
        status: 'warning',
        label: { en: 'Interceptor refreshes', vi: 'Interceptor gọi refresh' },
      },
      {
        atSeconds: 1 * HOUR,
        status: 'ok',
        label: {
          en: 'Original token expired, new one already issued',
          vi: 'Token ban đầu hết hạn, token mới đã được cấp sẵn',
        },
      },
      {
        atSeconds: 168 * HOUR,
        status: 'expired',
        label: {
          en: 'Refresh token expires: log in again',
          vi: 'Refresh token hết hạn: đăng nhập lại',
        },
      },
    ],
  },
];
