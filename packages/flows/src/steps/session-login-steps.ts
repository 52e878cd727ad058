/**
 * POST /login on the session API, from the CSRF check to Set-Cookie, and the response of a
 * protected route once the session is loaded.
 *
 * Step ids: session.csrf.check-request, session.login.*, session.request.respond.
 * Reference: OWASP Session Management Cheat Sheet ("Renew the Session ID After Any Privilege Level
 * Change"); OWASP Authentication CS; OWASP Password Storage CS; RFC 6265 §4.1.2.
 */
import { keepVerbatim } from '../localized.ts';
import type { ServerStep } from '../types.ts';
import { buildSessionCsrfStep, buildSessionReadCookieStep } from './session-steps.ts';
import { type Place, SESSION_PLACE } from './step-helpers.ts';

export function buildSessionLoginSteps(place: Place = SESSION_PLACE): ServerStep[] {
  return [
    {
      ...buildSessionCsrfStep(place),
      explanation: {
        en: 'Login is a CSRF target too: a hostile page could sign the victim into the attacker\'s account ("login CSRF"). The custom header plus Sec-Fetch-Site/Origin stop it (OWASP CSRF Prevention CS).',
        vi: 'Đăng nhập cũng là mục tiêu của CSRF: một trang độc hại có thể đăng nhập nạn nhân vào tài khoản của kẻ tấn công ("login CSRF"). Header tự đặt cùng Sec-Fetch-Site/Origin chặn được việc này (OWASP CSRF Prevention CS).',
      },
    },
    {
      id: 'session.login.rate-limit',
      side: 'server',
      from: place.api,
      to: place.api,
      message: {
        en: 'count attempts per account and per address',
        vi: 'đếm số lần thử theo tài khoản và theo địa chỉ IP',
      },
      explanation: {
        en: "Too many failures → 429 rate_limited + Retry-After. Without a limit the login form is an online password-guessing oracle (OWASP Authentication CS, 'Protect Against Automated Attacks').",
        vi: "Sai quá nhiều lần → 429 rate_limited + Retry-After. Không giới hạn thì form đăng nhập thành chỗ cho kẻ tấn công đoán mật khẩu trực tuyến thoải mái (OWASP Authentication CS, 'Protect Against Automated Attacks').",
      },
      effects: [],
    },
    {
      id: 'session.login.verify-credentials',
      side: 'server',
      from: place.api,
      to: place.db,
      message: {
        en: 'find user by email, scrypt-verify password',
        vi: 'tìm user theo email, kiểm tra mật khẩu bằng scrypt',
      },
      explanation: {
        en: 'scrypt is slow on purpose (OWASP Password Storage CS). Unknown email, wrong password and disabled account all get the same 401 invalid_credentials after the same work: no account enumeration.',
        vi: 'scrypt cố tình chạy chậm (OWASP Password Storage CS). Email không tồn tại, sai mật khẩu hay tài khoản bị khóa đều nhận cùng một 401 invalid_credentials sau cùng một lượng tính toán: không ai dò ra được tài khoản nào có thật.',
      },
      effects: [
        {
          location: 'users-db',
          change: 'reads',
          what: { en: 'user row + scrypt hash', vi: 'dòng user + hash scrypt' },
        },
      ],
    },
    {
      ...buildSessionReadCookieStep(place),
      okOutcome: 'absent',
      explanation: {
        en: 'Only now, with the password verified, koa-session reads the cookie the browser came with: maybe none, maybe an id an attacker planted. Whatever it is, the next step throws it away.',
        vi: 'Chỉ đến lúc này, khi mật khẩu đã được kiểm tra, koa-session mới đọc cookie mà trình duyệt gửi kèm: có thể không có, có thể là một id do kẻ tấn công cài sẵn. Dù là gì, bước tiếp theo cũng bỏ nó đi.',
      },
    },
    {
      id: 'session.login.regenerate-id',
      side: 'server',
      from: place.api,
      to: place.api,
      message: {
        en: 'discard any old id, create a new random one',
        vi: 'bỏ id cũ (nếu có), tạo một id ngẫu nhiên mới',
      },
      explanation: {
        en: "Prevents session fixation: an id an attacker planted before login never becomes an authenticated id (OWASP Session Management CS, 'Renew the Session ID After Any Privilege Level Change'). The new id comes from a CSPRNG.",
        vi: "Chống session fixation: id mà kẻ tấn công cài sẵn trước khi đăng nhập không bao giờ trở thành id đã xác thực (OWASP Session Management CS, 'Renew the Session ID After Any Privilege Level Change'). Id mới sinh từ CSPRNG.",
      },
      effects: [],
      correction: {
        en: '004 stores into $_SESSION before making an id: fixation-prone',
        vi: '004 ghi vào $_SESSION trước khi tạo id mới: dễ bị session fixation',
      },
    },
    {
      id: 'session.login.store-session',
      side: 'server',
      from: place.api,
      to: place.store,
      message: {
        en: 'store {user id, name, role, created, last seen}',
        vi: 'lưu {user id, tên, role, lúc tạo, lần cuối thấy}',
      },
      explanation: {
        en: 'The server is the source of truth: the entry carries an idle (30 min) and an absolute (8 h) deadline, and deleting it ends the login at once. It is filed under HMAC-SHA256(secret, id), not the id itself, so a leaked store cannot be replayed as cookies.',
        vi: 'Server là nơi quyết định: session có hạn không hoạt động (30 phút) và hạn tuyệt đối (8 giờ), xóa nó là kết thúc đăng nhập ngay. Nó được lưu dưới khóa HMAC-SHA256(secret, id) chứ không phải chính id, nên store có bị lộ cũng không dùng lại thành cookie được.',
      },
      effects: [
        {
          location: 'server-store',
          change: 'gains',
          what: {
            en: 'session entry (idle 30 min, max 8 h)',
            vi: 'session (không hoạt động 30 phút, tối đa 8 giờ)',
          },
        },
      ],
    },
    {
      id: 'session.login.set-cookie',
      side: 'server',
      from: place.api,
      to: 'browser',
      message: keepVerbatim(
        '200 {success, user} + Set-Cookie: authlab.sid=<id>; Path=/; HttpOnly; SameSite=Strict',
      ),
      explanation: {
        en: 'HttpOnly: page scripts cannot read the id (RFC 6265 §4.1.2.6), so XSS cannot copy it. SameSite=Strict: not sent on cross-site requests. No Max-Age: the server, not the cookie, decides when the login ends. Over HTTPS: __Host- prefix + Secure.',
        vi: 'HttpOnly: script trên trang không đọc được id (RFC 6265 §4.1.2.6), nên XSS không sao chép được. SameSite=Strict: không gửi kèm request từ site khác. Không có Max-Age: server quyết định khi nào đăng nhập kết thúc, không phải cookie. Khi chạy HTTPS: thêm tiền tố __Host- và Secure.',
      },
      effects: [
        {
          location: 'header',
          change: 'gains',
          what: keepVerbatim('Set-Cookie: authlab.sid (HttpOnly, SameSite=Strict)'),
        },
      ],
    },
  ];
}

/** The response of GET /me or GET /users once the session is loaded. */
export function buildSessionRespondStep(
  body: '{user}' | '{users: [...]}',
  place: Place = SESSION_PLACE,
): ServerStep {
  return {
    id: 'session.request.respond',
    side: 'server',
    from: place.api,
    to: 'browser',
    message: keepVerbatim(`200 ${body}`),
    explanation: {
      en: 'The answer, with Cache-Control: no-store so no shared cache keeps a copy of personal data.',
      vi: 'Câu trả lời, kèm Cache-Control: no-store để không cache dùng chung nào giữ lại bản sao dữ liệu cá nhân.',
    },
    effects: [],
  };
}
