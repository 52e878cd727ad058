/**
 * Expiry (document 004, "Expiration Handling"). Sessions: each request slides the idle deadline,
 * 30 minutes of silence lets the store drop the entry, and 8 hours after login even a busy session
 * ends. JWTs: the client refreshes before exp, the old access token lapses unnoticed, and the
 * refresh family's 30-day lifetime finally sends the user back to the login form.
 *
 * Step ids: session.auth.*, session.request.respond, jwt.refresh.* (server); browser and store steps
 * session.expiry.*, jwt.expiry.*.
 * Reference: OWASP Session Management CS ("Session Expiration"); RFC 9700 §4.14.2; RFC 7519 §4.1.4.
 */
import { keepVerbatim } from '../localized.ts';
import { buildSessionRespondStep } from '../steps/session-login-steps.ts';
import {
  buildSessionLoadStep,
  buildSessionReadCookieStep,
  buildSessionRejectSteps,
} from '../steps/session-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

const READS_SID = [
  { location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.sid') },
] as const;

export const SESSION_EXPIRY_FLOW: Flow = {
  id: 'session.expiry',
  api: 'session',
  section: 'expiration',
  title: {
    en: 'Session expiry: idle and absolute timeouts',
    vi: 'Session hết hạn: timeout khi không hoạt động và timeout tuyệt đối',
  },
  summary: {
    en: 'Jane logged in at 0:00. A request at 0:20 slides her idle deadline to 0:50; after 30 minutes without a request the store drops the entry by itself, and her next request is refused. A second session, used all day, still ends 8 hours after its login (absolute timeout). The server decides, and can also end a session at any time (session.revocation).',
    vi: 'Jane đăng nhập lúc 0:00. Một request lúc 0:20 lùi hạn không hoạt động của cô tới 0:50; sau 30 phút không có request nào, store tự bỏ session, và request kế tiếp của cô bị từ chối. Một session khác, dùng suốt cả ngày, vẫn kết thúc sau 8 giờ kể từ lúc đăng nhập (timeout tuyệt đối). Server là bên quyết định, và có thể kết thúc session bất cứ lúc nào (session.revocation).',
  },
  steps: [
    ...putInPhase(
      { en: '0:20 — within the idle window', vi: '0:20 — vẫn trong hạn không hoạt động' },
      [
        {
          id: 'session.expiry.request-in-window',
          side: 'browser',
          from: 'browser',
          to: 'session-api',
          message: { en: 'GET /me at 0:20', vi: 'GET /me lúc 0:20' },
          explanation: {
            en: 'Any request counts as activity.',
            vi: 'Request nào cũng được tính là có hoạt động.',
          },
          effects: READS_SID,
        },
        buildSessionReadCookieStep(),
        {
          ...buildSessionLoadStep(),
          message: {
            en: 'load session; idle deadline 0:30 → 0:50',
            vi: 'tải session; hạn không hoạt động 0:30 → 0:50',
          },
          explanation: {
            en: "A sliding window: active users stay logged in, an abandoned session dies soon (OWASP Session Management CS, 'Idle Timeout').",
            vi: "Cửa sổ trượt: người đang dùng thì vẫn đăng nhập, session bị bỏ quên thì sớm chết (OWASP Session Management CS, 'Idle Timeout').",
          },
        },
        buildSessionRespondStep('{user}'),
      ],
    ),
    ...putInPhase({ en: '0:50 — idle timeout', vi: '0:50 — hết hạn vì không hoạt động' }, [
      {
        id: 'session.expiry.store-ttl-expires',
        side: 'store',
        from: 'session-store',
        to: 'session-store',
        message: {
          en: 'TTL runs out: the entry is deleted',
          vi: 'hết TTL: session bị xóa',
        },
        explanation: {
          en: 'Redis deletes the key when its TTL (the idle deadline) is reached; the memory store treats it as gone. No server code runs, nothing is sent.',
          vi: 'Redis tự xóa key khi tới TTL (hạn không hoạt động); store trong bộ nhớ coi như nó không còn. Không có code server nào chạy, không có gì được gửi đi.',
        },
        effects: [
          {
            location: 'server-store',
            change: 'loses',
            what: { en: 'session entry (idle 30 min)', vi: 'session (không hoạt động 30 phút)' },
          },
        ],
      },
      {
        id: 'session.expiry.request-after-idle',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: { en: 'GET /me at 1:00', vi: 'GET /me lúc 1:00' },
        explanation: {
          en: 'The browser still sends the cookie (it has no Max-Age): the server decides. The trace says missing (Redis dropped the key) or expired (the memory store found it past its deadline).',
          vi: 'Trình duyệt vẫn gửi cookie (cookie không có Max-Age): server quyết định. Trace ghi missing (Redis đã xóa key) hoặc expired (store trong bộ nhớ thấy nó đã quá hạn).',
        },
        effects: READS_SID,
      },
      ...buildSessionRejectSteps({
        outcome: 'missing',
        why: { en: 'idle for 30 minutes', vi: 'không hoạt động 30 phút' },
      }),
    ]),
    ...putInPhase({ en: '8:00 — absolute timeout', vi: '8:00 — timeout tuyệt đối' }, [
      {
        id: 'session.expiry.request-after-absolute',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: {
          en: 'GET /me at 8:00 (another session, in use all day)',
          vi: 'GET /me lúc 8:00 (một session khác, dùng suốt cả ngày)',
        },
        explanation: {
          en: 'Requests every few minutes kept sliding its idle deadline, but the absolute deadline counts from login.',
          vi: 'Cứ vài phút lại có request nên hạn không hoạt động liên tục được lùi, nhưng hạn tuyệt đối tính từ lúc đăng nhập.',
        },
        effects: READS_SID,
      },
      ...buildSessionRejectSteps({
        outcome: 'expired',
        why: { en: '8 hours since login', vi: 'đã 8 giờ kể từ lúc đăng nhập' },
      }),
    ]),
  ],
};
