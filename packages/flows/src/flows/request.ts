/**
 * A protected request on both APIs (document 004, "Protected API Request Flow"): GET /users as
 * John, an admin. The session API looks the session up; the JWT API verifies the token and then
 * asks the revocation store one question, which is what makes logout real.
 *
 * Step ids: session.auth.*, session.request.*, jwt.auth.*, jwt.request.* (server);
 * session.request.send, jwt.request.send (browser).
 * Reference: RFC 6750 §2.1; RFC 8725 §3; OWASP Authorization CS.
 */
import { keepVerbatim } from '../localized.ts';
import { AUTHORIZE_EXPLANATION, buildJwtUsersSteps } from '../steps/jwt-users-steps.ts';
import { buildSessionRespondStep } from '../steps/session-login-steps.ts';
import { buildSessionLoadStep, buildSessionReadCookieStep } from '../steps/session-steps.ts';
import type { Flow, ServerStep } from '../types.ts';

const SESSION_USERS_STEPS: ServerStep[] = [
  {
    id: 'session.request.authorize',
    side: 'server',
    from: 'session-api',
    to: 'session-api',
    message: { en: "role is 'admin'?", vi: "role là 'admin'?" },
    explanation: AUTHORIZE_EXPLANATION,
    effects: [],
  },
  {
    id: 'session.request.query-users',
    side: 'server',
    from: 'session-api',
    to: 'users-db',
    message: {
      en: 'list users (never the hashes)',
      vi: 'lấy danh sách user (không bao giờ kèm hash)',
    },
    explanation: {
      en: 'The route reads what it needs from the database; password hashes never leave it.',
      vi: 'Route đọc đúng những gì nó cần từ database; hash mật khẩu không bao giờ ra khỏi đó.',
    },
    effects: [
      {
        location: 'users-db',
        change: 'reads',
        what: { en: 'users (public fields)', vi: 'users (các trường công khai)' },
      },
    ],
  },
];

export const SESSION_REQUEST_FLOW: Flow = {
  id: 'session.request',
  api: 'session',
  section: 'protected-request',
  title: {
    en: 'Session: protected request (GET /users)',
    vi: 'Session: request cần đăng nhập (GET /users)',
  },
  summary: {
    en: "John is logged in. The browser attaches the session cookie by itself; the server reads the id, loads the session from its store (sliding the idle deadline) and answers. The lookup is a local map or Redis read, far below the documents' 10–50 ms (docs/performance.md has the measured cost).",
    vi: 'John đã đăng nhập. Trình duyệt tự gắn cookie session; server đọc id, tải session từ store (lùi hạn không hoạt động) rồi trả lời. Lần tra cứu này chỉ là đọc một map cục bộ hoặc Redis, nhanh hơn nhiều so với 10–50 ms mà tài liệu nói (chi phí đo được nằm trong docs/performance.md).',
  },
  steps: [
    {
      id: 'session.request.send',
      side: 'browser',
      from: 'browser',
      to: 'session-api',
      message: {
        en: 'GET /users (Cookie: authlab.sid attached by the browser)',
        vi: 'GET /users (Cookie: authlab.sid do trình duyệt tự gắn)',
      },
      explanation: {
        en: "fetch('/users') needs no auth code: the browser adds the cookie to same-site requests. The flip side is CSRF, which SameSite=Strict and the custom-header check handle.",
        vi: "fetch('/users') không cần code xác thực nào: trình duyệt tự thêm cookie vào request cùng site. Mặt trái là CSRF, và SameSite=Strict cùng bước kiểm tra header tự đặt xử lý chuyện đó.",
      },
      effects: [{ location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.sid') }],
    },
    buildSessionReadCookieStep(),
    buildSessionLoadStep(),
    ...SESSION_USERS_STEPS,
    buildSessionRespondStep('{users: [...]}'),
  ],
};

export const JWT_REQUEST_FLOW: Flow = {
  id: 'jwt.request',
  api: 'jwt',
  section: 'protected-request',
  title: {
    en: 'JWT: protected request (GET /users)',
    vi: 'JWT: request cần đăng nhập (GET /users)',
  },
  summary: {
    en: 'John is logged in. The page puts the access token in the Authorization header itself; the server verifies the signature with a pinned algorithm, checks the claims, then asks the revocation store whether the token was withdrawn. Unlike the documents\' "no lookup!" JWT, that one lookup is what lets logout and revocation work before exp.',
    vi: 'John đã đăng nhập. Trang tự đặt access token vào header Authorization; server kiểm tra chữ ký với thuật toán cố định, kiểm tra các claim, rồi hỏi revocation store xem token đã bị thu hồi chưa. Khác với JWT "không cần tra cứu!" của tài liệu, chính lần tra cứu đó giúp đăng xuất và thu hồi có tác dụng trước exp.',
  },
  steps: [
    {
      id: 'jwt.request.send',
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: keepVerbatim('GET /users + Authorization: Bearer <access token>'),
      explanation: {
        en: 'The page adds the header from the token it keeps in memory (RFC 6750 §2.1). Nothing is automatic: that is why this request cannot be forged cross-site.',
        vi: 'Trang tự thêm header từ token nó giữ trong bộ nhớ (RFC 6750 §2.1). Không có gì tự động: vì thế site khác không giả mạo được request này.',
      },
      effects: [
        { location: 'memory', change: 'reads', what: keepVerbatim('access token') },
        { location: 'header', change: 'gains', what: keepVerbatim('Authorization: Bearer …') },
      ],
    },
    ...buildJwtUsersSteps({
      en: 'The token says who asks; the data still comes from the database, as in the session API.',
      vi: 'Token cho biết ai hỏi; dữ liệu vẫn lấy từ database, giống như session API.',
    }),
  ],
};
