/**
 * What lives where after login (document 004, "Data Storage Comparison"). Session: the user's data
 * in the server's store, only a random id in an HttpOnly cookie. JWT: the claims travel inside the
 * token the page holds in memory, the refresh token sits in an HttpOnly cookie, and the server
 * keeps the refresh family. The documents' localStorage variant is in storage-documents.ts.
 *
 * Step ids: session.login.*, jwt.login.* (server); browser steps session.storage.*, jwt.storage.*.
 * Reference: OWASP HTML5 Security CS ("Local Storage"); RFC 6265 §4.1.2.6 (HttpOnly); OWASP JWT CS.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import { buildJwtLoginSteps } from '../steps/jwt-login-steps.ts';
import { buildSessionLoginSteps } from '../steps/session-login-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

const LOGIN_PHASE: Localized = { en: 'Login', vi: 'Đăng nhập' };

const PAGE_VIEW_PHASE: Localized = { en: 'What the page can see', vi: 'Trang nhìn thấy được gì' };

const NOTHING_FOR_SCRIPTS: Localized = {
  en: 'nothing visible to scripts',
  vi: 'script không thấy gì',
};

export const SESSION_STORAGE_FLOW: Flow = {
  id: 'session.storage',
  api: 'session',
  section: 'data-storage',
  title: { en: 'Session: where the state lives', vi: 'Session: trạng thái nằm ở đâu' },
  summary: {
    en: "After login the server's store holds the session (user id, name, role, timestamps, deadlines) and the browser holds only a random id, in a cookie its own scripts cannot read. 004 shows the same split with PHP: sess_abc123 on the server, PHPSESSID=abc123 in the browser.",
    vi: 'Sau khi đăng nhập, store của server giữ session (user id, tên, role, các mốc thời gian, các hạn) còn trình duyệt chỉ giữ một id ngẫu nhiên, trong một cookie mà chính script của trang không đọc được. 004 minh họa cùng cách chia này bằng PHP: sess_abc123 trên server, PHPSESSID=abc123 trong trình duyệt.',
  },
  steps: [
    ...putInPhase(LOGIN_PHASE, [
      {
        id: 'session.storage.login',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: keepVerbatim('POST /login {email, password}'),
        explanation: {
          en: 'The same login as session.login; watch where each piece of state ends up.',
          vi: 'Vẫn là đăng nhập như session.login; hãy để ý từng phần trạng thái rốt cuộc nằm ở đâu.',
        },
        effects: [],
      },
      ...buildSessionLoginSteps(),
    ]),
    ...putInPhase(PAGE_VIEW_PHASE, [
      {
        id: 'session.storage.keep-cookie',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: {
          en: 'cookie jar: authlab.sid=<random id>',
          vi: 'cookie jar: authlab.sid=<id ngẫu nhiên>',
        },
        explanation: {
          en: 'Only the id: no user data on the client, nothing to decode or tamper with. The user data stays server-side.',
          vi: 'Chỉ có id: client không giữ dữ liệu người dùng nào, không có gì để giải mã hay sửa đổi. Dữ liệu người dùng nằm yên phía server.',
        },
        effects: [
          { location: 'cookie-jar', change: 'gains', what: keepVerbatim('authlab.sid (HttpOnly)') },
        ],
      },
      {
        id: 'session.storage.read-document-cookie',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: {
          en: 'document.cookie → "" (no authlab.sid)',
          vi: 'document.cookie → "" (không có authlab.sid)',
        },
        explanation: {
          en: 'HttpOnly hides the cookie from every script on the page, injected ones included (RFC 6265 §4.1.2.6). An XSS can still act as the user while the page is open, but cannot take the id away.',
          vi: 'HttpOnly giấu cookie khỏi mọi script trên trang, kể cả script bị chèn vào (RFC 6265 §4.1.2.6). XSS vẫn có thể hành động dưới danh nghĩa người dùng khi trang còn mở, nhưng không lấy id mang đi được.',
        },
        effects: [{ location: 'cookie-jar', change: 'reads', what: NOTHING_FOR_SCRIPTS }],
      },
    ]),
  ],
};

export const JWT_STORAGE_FLOW: Flow = {
  id: 'jwt.storage',
  api: 'jwt',
  section: 'data-storage',
  title: { en: 'JWT: where the state lives', vi: 'JWT: trạng thái nằm ở đâu' },
  summary: {
    en: "After login the access token (with its readable claims) lives in a JavaScript variable, the refresh token in an HttpOnly cookie scoped to /refresh, and the server keeps the refresh family and, later, denylisted jtis. 004's 'No storage! (Stateless)' server becomes: a signing key plus a small revocation store.",
    vi: "Sau khi đăng nhập, access token (với các claim ai cũng đọc được) nằm trong một biến JavaScript, refresh token nằm trong cookie HttpOnly chỉ dành cho /refresh, còn server giữ refresh family và, về sau, các jti trong denylist. Server 'Không lưu gì! (Stateless)' của 004 thực ra là: một khóa ký cộng một revocation store nhỏ.",
  },
  steps: [
    ...putInPhase(LOGIN_PHASE, [
      {
        id: 'jwt.storage.login',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('POST /login {email, password}'),
        explanation: {
          en: 'The same login as jwt.login; watch where each piece of state ends up.',
          vi: 'Vẫn là đăng nhập như jwt.login; hãy để ý từng phần trạng thái rốt cuộc nằm ở đâu.',
        },
        effects: [],
      },
      ...buildJwtLoginSteps(),
    ]),
    ...putInPhase(PAGE_VIEW_PHASE, [
      {
        id: 'jwt.storage.keep-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: {
          en: 'access token → a variable; authlab.rt → cookie jar',
          vi: 'access token → một biến; authlab.rt → cookie jar',
        },
        explanation: {
          en: 'Nothing in localStorage: a reload loses the access token and POST /refresh restores it.',
          vi: 'Không có gì trong localStorage: tải lại trang thì mất access token, và POST /refresh lấy lại nó.',
        },
        effects: [
          {
            location: 'memory',
            change: 'gains',
            what: {
              en: 'access token (claims readable: sub, name, role)',
              vi: 'access token (claim đọc được: sub, name, role)',
            },
          },
          {
            location: 'cookie-jar',
            change: 'gains',
            what: keepVerbatim('authlab.rt (HttpOnly, SameSite=Strict, Path=/refresh)'),
          },
        ],
      },
      {
        id: 'jwt.storage.read-storage',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: {
          en: 'localStorage → empty; document.cookie → no authlab.rt',
          vi: 'localStorage → trống; document.cookie → không có authlab.rt',
        },
        explanation: {
          en: 'A script injected later finds no token to copy away. The claims are only base64url: anyone holding the token can read them, so no secrets go in (OWASP JWT CS).',
          vi: 'Script bị chèn vào sau này không tìm thấy token nào để mang đi. Các claim chỉ được mã hóa base64url: ai cầm token cũng đọc được, nên không đưa bí mật vào (OWASP JWT CS).',
        },
        effects: [
          { location: 'local-storage', change: 'reads', what: { en: 'empty', vi: 'trống' } },
          { location: 'cookie-jar', change: 'reads', what: NOTHING_FOR_SCRIPTS },
        ],
      },
    ]),
  ],
};
