/**
 * Logout as documents 004 shows it without its "optional" blacklist: the page deletes its tokens
 * and the server learns nothing. A copy of the access token, replayed afterwards, still works.
 * Kept as a clearly labelled documents mode, next to the recommended jwt.logout.
 *
 * Step ids: jwt.auth.*, jwt.request.respond (server); jwt.logout-client-only.* (browser).
 * Reference: OWASP JWT CS ("No Built-In Token Revocation by the User"); RFC 7519 §4.1.4 (exp is
 * the only end a token has by itself).
 */
import { keepVerbatim } from '../localized.ts';
import { buildJwtAuthSteps, buildJwtRespondStep } from '../steps/jwt-steps.ts';
import type { Flow } from '../types.ts';

export const JWT_LOGOUT_CLIENT_ONLY_FLOW: Flow = {
  id: 'jwt.logout-client-only',
  api: 'jwt',
  section: 'logout',
  mode: 'documents',
  title: {
    en: 'JWT logout as in the documents: client only (unsafe)',
    vi: 'Đăng xuất JWT như trong tài liệu: chỉ xóa ở client (không an toàn)',
  },
  summary: {
    en: 'As documents 004 shows it with the blacklist left out: the page deletes the tokens from localStorage and the server records nothing. A copy of the access token, replayed afterwards, is still accepted (200) until its exp, and a copied refresh token could keep minting new ones. Shown to compare; the default is jwt.logout.',
    vi: 'Như tài liệu 004 mô tả khi bỏ qua blacklist: trang xóa token khỏi localStorage còn server không ghi nhận gì. Một bản sao access token gửi lại sau đó vẫn được chấp nhận (200) cho tới exp, và một refresh token bị sao chép vẫn có thể tiếp tục đổi ra token mới. Chỉ để so sánh; mặc định là jwt.logout.',
  },
  steps: [
    {
      id: 'jwt.logout-client-only.delete-tokens',
      side: 'browser',
      from: 'browser',
      to: 'browser',
      message: keepVerbatim("localStorage.removeItem('access_token'), ('refresh_token')"),
      explanation: {
        en: "This only deletes the browser's own copies. Any copy an XSS or a shared computer kept is untouched, and the server does not know the user logged out.",
        vi: 'Việc này chỉ xóa bản của chính trình duyệt. Bản sao mà XSS lấy được hay còn sót trên máy tính dùng chung vẫn nguyên vẹn, và server không hề biết người dùng đã đăng xuất.',
      },
      effects: [
        {
          location: 'local-storage',
          change: 'loses',
          what: keepVerbatim('access_token, refresh_token'),
        },
      ],
      correction: {
        en: '004: "Token still technically valid until expiration"',
        vi: '004: "Về mặt kỹ thuật token vẫn hợp lệ tới khi hết hạn"',
      },
    },
    {
      id: 'jwt.logout-client-only.replay-access-token',
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: {
        en: 'GET /me + Authorization: Bearer <copied access token>',
        vi: 'GET /me + Authorization: Bearer <access token bị sao chép>',
      },
      explanation: {
        en: 'A copy taken before "logout", replayed by whoever holds it.',
        vi: 'Một bản sao lấy được trước khi "đăng xuất", gửi lại bởi bất kỳ ai đang giữ nó.',
      },
      effects: [
        {
          location: 'header',
          change: 'gains',
          what: { en: 'Authorization: Bearer <copy>', vi: 'Authorization: Bearer <bản sao>' },
        },
      ],
    },
    ...buildJwtAuthSteps(),
    {
      ...buildJwtRespondStep('{user}'),
      explanation: {
        en: 'Accepted: signature, claims and revocation state are all fine, because nothing was recorded. The token works until exp (1 h in the documents).',
        vi: 'Được chấp nhận: chữ ký, claim và trạng thái thu hồi đều ổn, vì không có gì được ghi nhận. Token dùng được tới exp (1 giờ theo tài liệu).',
      },
    },
  ],
};
