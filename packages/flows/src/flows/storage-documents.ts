/**
 * The documents' storage, kept as a clearly labelled mode: 004 and 002 keep both tokens and the
 * user data in localStorage, and one line of injected script empties it to an attacker.
 *
 * Step ids: jwt.login.* (server); browser steps jwt.storage-documents.*.
 * Reference: OWASP HTML5 Security CS ("Local Storage"); OWASP JWT CS ("Token Storage on Client
 * Side").
 */
import { keepVerbatim } from '../localized.ts';
import { buildJwtLoginSteps } from '../steps/jwt-login-steps.ts';
import { adjustStep, putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

const ALL_THREE = keepVerbatim('access_token, refresh_token, user_data');

export const JWT_STORAGE_DOCUMENTS_FLOW: Flow = {
  id: 'jwt.storage-documents',
  api: 'jwt',
  section: 'data-storage',
  mode: 'documents',
  title: {
    en: 'JWT as in the documents: tokens in localStorage (unsafe)',
    vi: 'JWT như trong tài liệu: token nằm trong localStorage (không an toàn)',
  },
  summary: {
    en: "004 and 002 keep access_token, refresh_token and user_data in localStorage. Any script on the page — an XSS, a compromised dependency — reads all three with one call and can use the refresh token elsewhere for days. Shown to compare; the API serves it only when the login asks for refresh_delivery: 'body'.",
    vi: "004 và 002 cất access_token, refresh_token và user_data trong localStorage. Bất kỳ script nào trên trang — một lỗ hổng XSS, một thư viện phụ thuộc bị chiếm quyền — chỉ cần một lệnh là đọc được cả ba, rồi dùng refresh token ở nơi khác trong nhiều ngày. Chỉ để so sánh; API chỉ phục vụ kiểu này khi request đăng nhập yêu cầu refresh_delivery: 'body'.",
  },
  steps: [
    ...putInPhase(
      { en: 'Login (refresh token in the body)', vi: 'Đăng nhập (refresh token trong body)' },
      [
        {
          id: 'jwt.storage-documents.login',
          side: 'browser',
          from: 'browser',
          to: 'jwt-api',
          message: keepVerbatim('POST /login {email, password, refresh_delivery: "body"}'),
          explanation: {
            en: 'The labelled mode that reproduces the documents.',
            vi: 'Chế độ có gắn nhãn, tái hiện đúng cách làm của tài liệu.',
          },
          effects: [],
        },
        ...adjustStep(buildJwtLoginSteps(), 'jwt.login.respond', {
          message: keepVerbatim('200 {access_token, refresh_token, refresh_expires_in, user}'),
          explanation: {
            en: 'Both tokens in the JSON body, where page scripts can read them.',
            vi: 'Cả hai token nằm trong body JSON, nơi script của trang đọc được.',
          },
          effects: [
            {
              location: 'header',
              change: 'gains',
              what: { en: 'both tokens in the body', vi: 'cả hai token trong body' },
            },
          ],
        }),
      ],
    ),
    ...putInPhase({ en: 'What any script can see', vi: 'Script nào cũng thấy được gì' }, [
      {
        id: 'jwt.storage-documents.save-to-local-storage',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: keepVerbatim(
          "localStorage.setItem('access_token' | 'refresh_token' | 'user_data')",
        ),
        explanation: {
          en: 'Persistent and readable by every script of the origin; OWASP HTML5 Security CS: do not store session identifiers in local storage.',
          vi: 'Tồn tại lâu dài và mọi script cùng origin đều đọc được; OWASP HTML5 Security CS: đừng lưu định danh phiên (session identifier) trong local storage.',
        },
        effects: [{ location: 'local-storage', change: 'gains', what: ALL_THREE }],
        correction: {
          en: '004 "Data Storage Comparison" keeps the tokens here: any XSS reads them',
          vi: '004 "Data Storage Comparison" để token ở đây: XSS nào cũng đọc được',
        },
      },
      {
        id: 'jwt.storage-documents.xss-reads-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: {
          en: 'injected script: JSON.stringify(localStorage) → attacker',
          vi: 'script bị chèn: JSON.stringify(localStorage) → kẻ tấn công',
        },
        explanation: {
          en: 'One line takes both tokens off the machine; the refresh token then mints access tokens elsewhere until it expires (168 h in the documents).',
          vi: 'Một dòng lệnh là mang cả hai token ra khỏi máy; sau đó refresh token cứ thế đổi ra access token ở nơi khác cho tới khi hết hạn (168 giờ theo tài liệu).',
        },
        effects: [{ location: 'local-storage', change: 'reads', what: ALL_THREE }],
      },
    ]),
  ],
};
