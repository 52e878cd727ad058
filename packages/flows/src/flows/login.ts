/**
 * Login on both APIs (document 004, "Login Flow"): the session API stores the login and hands out
 * a random id in an HttpOnly cookie; the JWT API signs a short access token the page keeps in
 * memory, plus a refresh token in an HttpOnly cookie.
 *
 * Step ids: session.login.*, jwt.login.* (server); session.login.submit, session.login.keep-cookie,
 * jwt.login.submit, jwt.login.keep-tokens (browser).
 * Reference: OWASP Session Management CS; OWASP JWT CS; OWASP HTML5 Security CS ("Local Storage").
 */
import { keepVerbatim } from '../localized.ts';
import { buildJwtLoginSteps } from '../steps/jwt-login-steps.ts';
import { buildSessionLoginSteps } from '../steps/session-login-steps.ts';
import type { Flow } from '../types.ts';

export const SESSION_LOGIN_FLOW: Flow = {
  id: 'session.login',
  api: 'session',
  section: 'login',
  title: { en: 'Session login', vi: 'Đăng nhập bằng session' },
  summary: {
    en: 'John submits his email and password. The server checks them, creates a session under a brand-new random id, stores it server-side and sets that id as an HttpOnly cookie. The browser keeps the cookie and sends it with every later request; the page never handles it.',
    vi: 'John gửi email và mật khẩu. Server kiểm tra, tạo session với một id ngẫu nhiên hoàn toàn mới, lưu session phía server và đặt id đó vào cookie HttpOnly. Trình duyệt giữ cookie và gửi kèm mọi request sau đó; code của trang không bao giờ đụng tới nó.',
  },
  steps: [
    {
      id: 'session.login.submit',
      side: 'browser',
      from: 'browser',
      to: 'session-api',
      message: keepVerbatim('POST /login {email, password} + X-Requested-With: authlab'),
      explanation: {
        en: "fetch sends JSON; the custom header marks the request as the app's own (CSRF defence). Document 002 posts {username}; the API expects {email}.",
        vi: 'fetch gửi JSON; header tự đặt đánh dấu đây là request của chính app (chống CSRF). Tài liệu 002 gửi {username}; API này nhận {email}.',
      },
      effects: [],
    },
    ...buildSessionLoginSteps(),
    {
      id: 'session.login.keep-cookie',
      side: 'browser',
      from: 'browser',
      to: 'browser',
      message: { en: 'cookie jar keeps authlab.sid', vi: 'cookie jar giữ authlab.sid' },
      explanation: {
        en: 'The browser stores the cookie and attaches it by itself to every later request to this site. HttpOnly keeps it out of document.cookie, so the page code never sees it.',
        vi: 'Trình duyệt lưu cookie và tự gắn nó vào mọi request sau này tới site này. Nhờ HttpOnly, cookie không xuất hiện trong document.cookie, nên code của trang không bao giờ thấy nó.',
      },
      effects: [
        { location: 'cookie-jar', change: 'gains', what: keepVerbatim('authlab.sid (HttpOnly)') },
      ],
    },
  ],
};

export const JWT_LOGIN_FLOW: Flow = {
  id: 'jwt.login',
  api: 'jwt',
  section: 'login',
  title: { en: 'JWT login', vi: 'Đăng nhập bằng JWT' },
  summary: {
    en: 'John submits his email and password. The server checks them, signs a 15-minute access token, starts a refresh-token family and answers with the access token in the body and the refresh token in an HttpOnly cookie. The page keeps the access token in memory, not in localStorage as the documents do.',
    vi: 'John gửi email và mật khẩu. Server kiểm tra, ký một access token sống 15 phút, tạo một refresh token family, rồi trả access token trong body và refresh token trong cookie HttpOnly. Trang giữ access token trong bộ nhớ, không cất vào localStorage như tài liệu làm.',
  },
  steps: [
    {
      id: 'jwt.login.submit',
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: keepVerbatim('POST /login {email, password} + X-Requested-With: authlab'),
      explanation: {
        en: 'Same request as the session login. The documents\' "refresh token in the body" is the labelled mode refresh_delivery: "body".',
        vi: 'Cùng request như khi đăng nhập bằng session. Cách "refresh token trong body" của tài liệu là chế độ có gắn nhãn refresh_delivery: "body".',
      },
      effects: [],
    },
    ...buildJwtLoginSteps(),
    {
      id: 'jwt.login.keep-tokens',
      side: 'browser',
      from: 'browser',
      to: 'browser',
      message: {
        en: 'access token → a JS variable; authlab.rt → cookie jar',
        vi: 'access token → một biến JS; authlab.rt → cookie jar',
      },
      explanation: {
        en: 'localStorage is readable by any script on the page: one XSS copies the tokens and uses them elsewhere for days (OWASP HTML5 Security CS). Memory is not XSS-proof, but nothing can list and copy it later, and a reload clears it (the refresh cookie restores it).',
        vi: 'Mọi script trên trang đều đọc được localStorage: chỉ một lỗ hổng XSS là token bị sao chép và dùng ở nơi khác trong nhiều ngày (OWASP HTML5 Security CS). Bộ nhớ không miễn nhiễm với XSS, nhưng không có chỗ nào để liệt kê rồi sao chép về sau, và tải lại trang là mất (refresh cookie sẽ lấy lại token).',
      },
      effects: [
        {
          location: 'memory',
          change: 'gains',
          what: { en: 'access token (15 min)', vi: 'access token (15 phút)' },
        },
        {
          location: 'cookie-jar',
          change: 'gains',
          what: keepVerbatim('authlab.rt (HttpOnly, SameSite=Strict, Path=/refresh)'),
        },
      ],
      correction: {
        en: '004: "JavaScript stores tokens in localStorage" (XSS-readable)',
        vi: '004: "JavaScript lưu token vào localStorage" (XSS đọc được)',
      },
    },
  ],
};
