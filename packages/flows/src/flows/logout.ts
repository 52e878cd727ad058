/**
 * Logout (document 004, "Logout Flow"), each followed by the test that matters: a copy of the old
 * credential, replayed afterwards. The session dies with its store entry; the JWT dies only
 * because the server records it (denylist + family revocation). The documents' client-only logout
 * is in logout-client-only.ts.
 *
 * Step ids: session.logout.*, jwt.logout.*, session.auth.*, jwt.auth.* (server); browser steps
 * session.logout.*, jwt.logout.*.
 * Reference: OWASP Session Management CS ("Manual Session Expiration"); OWASP JWT CS ("No
 * Built-In Token Revocation by the User").
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import {
  buildSessionCsrfStep,
  buildSessionLoadStep,
  buildSessionReadCookieStep,
  buildSessionRejectSteps,
} from '../steps/session-steps.ts';
import { describeExpiredCookie, putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

export const LOGOUT_PHASE: Localized = { en: 'Logout', vi: 'Đăng xuất' };

export const SESSION_LOGOUT_FLOW: Flow = {
  id: 'session.logout',
  api: 'session',
  section: 'logout',
  title: {
    en: 'Session logout (and replaying the old cookie)',
    vi: 'Đăng xuất session (và gửi lại cookie cũ)',
  },
  summary: {
    en: 'John logs out: the server deletes the session entry and expires the cookie. To prove it, a copy of the old cookie (as a thief would hold) is replayed: the id leads nowhere, 401. Deleting server state is the whole logout; the cookie is only a key.',
    vi: 'John đăng xuất: server xóa session và xóa cookie. Để kiểm chứng, một bản sao của cookie cũ (như kẻ trộm có thể đang giữ) được gửi lại: id không dẫn tới đâu cả, 401. Xóa trạng thái phía server là toàn bộ việc đăng xuất; cookie chỉ là chìa khóa.',
  },
  steps: [
    ...putInPhase(LOGOUT_PHASE, [
      {
        id: 'session.logout.submit',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: keepVerbatim('POST /logout + X-Requested-With (Cookie: authlab.sid)'),
        explanation: {
          en: 'A POST with the CSRF header: a hostile page cannot log the user out, and no link or image can trigger it.',
          vi: 'Một POST kèm header chống CSRF: trang độc hại không đăng xuất người dùng được, và không link hay ảnh nào kích hoạt được nó.',
        },
        effects: [{ location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.sid') }],
      },
      buildSessionCsrfStep(),
      buildSessionReadCookieStep(),
      buildSessionLoadStep(),
      {
        id: 'session.logout.destroy-session',
        side: 'server',
        from: 'session-api',
        to: 'session-store',
        message: {
          en: 'delete the session entry (ctx.session = null)',
          vi: 'xóa session (ctx.session = null)',
        },
        explanation: {
          en: "The server-side delete is the logout: from now on the id leads nowhere, whoever holds a copy (OWASP Session Management CS, 'Manual Session Expiration'). koa-session does it when the route sets ctx.session to null and commits, and expires the cookie in the same move.",
          vi: "Xóa ở phía server chính là đăng xuất: từ giờ id không dẫn tới đâu nữa, bất kể ai đang giữ bản sao (OWASP Session Management CS, 'Manual Session Expiration'). koa-session làm việc này khi route gán ctx.session = null rồi commit, và xóa cookie luôn trong cùng bước.",
        },
        effects: [
          {
            location: 'server-store',
            change: 'loses',
            what: { en: 'session entry', vi: 'session' },
          },
        ],
      },
      {
        id: 'session.logout.respond',
        side: 'server',
        from: 'session-api',
        to: 'browser',
        message: keepVerbatim(`200 {success} + ${describeExpiredCookie('authlab.sid')}`),
        explanation: {
          en: 'The answer carries the Set-Cookie koa-session added when it removed the session: an empty value dated 1970 makes the browser delete the cookie. It is not what makes logout safe: a copied cookie is not cleared by this.',
          vi: 'Câu trả lời mang theo Set-Cookie mà koa-session thêm vào khi xóa session: giá trị rỗng với hạn năm 1970 khiến trình duyệt xóa cookie. Đây không phải thứ làm đăng xuất an toàn: bản sao cookie ở nơi khác không bị xóa theo.',
        },
        effects: [
          {
            location: 'header',
            change: 'gains',
            what: { en: 'Set-Cookie: authlab.sid expired', vi: 'Set-Cookie: authlab.sid hết hạn' },
          },
        ],
      },
      {
        id: 'session.logout.drop-cookie',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: { en: 'cookie jar drops authlab.sid', vi: 'cookie jar bỏ authlab.sid' },
        explanation: {
          en: 'The browser deletes the expired cookie.',
          vi: 'Trình duyệt xóa cookie đã hết hạn.',
        },
        effects: [{ location: 'cookie-jar', change: 'loses', what: keepVerbatim('authlab.sid') }],
      },
    ]),
    ...putInPhase({ en: 'Replay of a copied cookie', vi: 'Gửi lại cookie bị sao chép' }, [
      {
        id: 'session.logout.replay-old-cookie',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: {
          en: 'GET /me + Cookie: authlab.sid=<old id>',
          vi: 'GET /me + Cookie: authlab.sid=<id cũ>',
        },
        explanation: {
          en: 'As an attacker who copied the cookie before logout (session hijacking) would send it.',
          vi: 'Như cách kẻ tấn công đã sao chép cookie trước khi đăng xuất (chiếm session) sẽ gửi nó.',
        },
        effects: [
          {
            location: 'header',
            change: 'gains',
            what: { en: 'Cookie: authlab.sid=<old id>', vi: 'Cookie: authlab.sid=<id cũ>' },
          },
        ],
      },
      ...buildSessionRejectSteps({
        outcome: 'missing',
        why: { en: 'destroyed at logout', vi: 'đã bị xóa khi đăng xuất' },
      }),
    ]),
  ],
};
