/**
 * POST /login on the JWT API, from the CSRF check to the token response: a short access token in
 * the body and the first refresh token of a new family in an HttpOnly cookie.
 *
 * Step ids: jwt.csrf.check-request, jwt.login.*.
 * Reference: RFC 9068 (access-token profile); RFC 6749 §5.1; RFC 9700 §4.14.2; OWASP
 * Authentication CS; OWASP JWT CS.
 */
import { keepVerbatim } from '../localized.ts';
import type { ServerStep } from '../types.ts';
import { buildJwtCsrfStep } from './jwt-steps.ts';
import { JWT_PLACE, type Place } from './step-helpers.ts';

export function buildJwtLoginSteps(place: Place = JWT_PLACE): ServerStep[] {
  return [
    {
      ...buildJwtCsrfStep(place),
      explanation: {
        en: 'Login answers with a refresh cookie, and a hostile page could sign the victim into the attacker\'s account ("login CSRF"). The custom header plus Sec-Fetch-Site/Origin stop both (OWASP CSRF Prevention CS).',
        vi: 'Đăng nhập trả về refresh cookie, và một trang độc hại có thể đăng nhập nạn nhân vào tài khoản của kẻ tấn công ("login CSRF"). Header tự đặt cùng Sec-Fetch-Site/Origin chặn được cả hai (OWASP CSRF Prevention CS).',
      },
    },
    {
      id: 'jwt.login.rate-limit',
      side: 'server',
      from: place.api,
      to: place.api,
      message: {
        en: 'count attempts per account and per address',
        vi: 'đếm số lần thử theo tài khoản và theo địa chỉ IP',
      },
      explanation: {
        en: "Too many failures → 429 rate_limited + Retry-After; slows online password guessing (OWASP Authentication CS, 'Protect Against Automated Attacks').",
        vi: "Sai quá nhiều lần → 429 rate_limited + Retry-After; làm chậm việc đoán mật khẩu trực tuyến (OWASP Authentication CS, 'Protect Against Automated Attacks').",
      },
      effects: [],
    },
    {
      id: 'jwt.login.verify-credentials',
      side: 'server',
      from: place.api,
      to: place.db,
      message: {
        en: 'find user by email, scrypt-verify password',
        vi: 'tìm user theo email, kiểm tra mật khẩu bằng scrypt',
      },
      explanation: {
        en: 'Same check as the session API: a slow scrypt hash, and one answer (401 invalid_credentials) after the same work for unknown email, wrong password and disabled account.',
        vi: 'Kiểm tra giống session API: hash scrypt chậm, và cùng một câu trả lời (401 invalid_credentials) sau cùng một lượng tính toán cho email không tồn tại, sai mật khẩu hay tài khoản bị khóa.',
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
      id: 'jwt.login.sign-access-token',
      side: 'server',
      from: place.api,
      to: place.api,
      message: {
        en: 'sign access token {sub, email, name, role, ver, fid, jti, exp: +15 min}',
        vi: 'ký access token {sub, email, name, role, ver, fid, jti, exp: +15 phút}',
      },
      explanation: {
        en: 'typ at+jwt (RFC 9068). Claims are signed, not encrypted: anyone holding the token can read them, so nothing secret goes in. 15 minutes bounds what a stolen copy is worth (004 used 1 h).',
        vi: 'typ at+jwt (RFC 9068). Các claim được ký chứ không được mã hóa: ai cầm token cũng đọc được, nên không đưa gì bí mật vào. 15 phút giới hạn giá trị của một bản bị đánh cắp (004 dùng 1 giờ).',
      },
      effects: [],
    },
    {
      id: 'jwt.login.issue-refresh-token',
      side: 'server',
      from: place.api,
      to: place.store,
      message: {
        en: 'start a refresh family, sign its first refresh token (7 days)',
        vi: 'tạo một refresh family, ký refresh token đầu tiên của nó (7 ngày)',
      },
      explanation: {
        en: 'The family is the chain of refresh tokens of this login. It lets the server rotate tokens, detect a replayed one (RFC 9700 §4.14.2) and revoke the login; it ends 30 days after login whatever happens.',
        vi: 'Family là chuỗi các refresh token của lần đăng nhập này. Nhờ nó server xoay vòng token, phát hiện token bị dùng lại (RFC 9700 §4.14.2) và thu hồi cả lần đăng nhập; dù thế nào nó cũng kết thúc 30 ngày sau khi đăng nhập.',
      },
      effects: [
        {
          location: 'revocation-store',
          change: 'gains',
          what: {
            en: 'refresh family {user, current jti} (30 days)',
            vi: 'refresh family {user, jti hiện tại} (30 ngày)',
          },
        },
      ],
    },
    {
      id: 'jwt.login.respond',
      side: 'server',
      from: place.api,
      to: 'browser',
      message: keepVerbatim(
        '200 {access_token, expires_in: 900, user} + Set-Cookie: authlab.rt=<token>; Path=/refresh; HttpOnly; SameSite=Strict',
      ),
      explanation: {
        en: 'OAuth 2.0 field names (RFC 6749 §5.1). The refresh token is an HttpOnly, SameSite=Strict cookie sent only to /refresh: scripts cannot read it, no other route receives it, and no cross-site request carries it.',
        vi: 'Tên trường theo OAuth 2.0 (RFC 6749 §5.1). Refresh token nằm trong cookie HttpOnly, SameSite=Strict, chỉ gửi tới /refresh: script không đọc được, route khác không nhận được, và request từ site khác không mang theo nó.',
      },
      effects: [
        {
          location: 'header',
          change: 'gains',
          what: {
            en: 'access_token in the body; Set-Cookie: authlab.rt',
            vi: 'access_token trong body; Set-Cookie: authlab.rt',
          },
        },
      ],
    },
  ];
}
