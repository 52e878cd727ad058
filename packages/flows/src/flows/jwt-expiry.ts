/**
 * JWT expiry (document 004, "Expiration Handling"): the client refreshes before exp, the old
 * access token lapses unnoticed, and the refresh family's 30-day lifetime finally sends the user
 * back to the login form.
 *
 * Step ids: jwt.refresh.* (server); browser steps jwt.expiry.*.
 * Reference: RFC 9700 §4.14.2 (rotation; expiry after inactivity); RFC 7519 §4.1.4 (exp).
 */
import { keepVerbatim } from '../localized.ts';
import { buildJwtRefreshRejectSteps, buildJwtRefreshSteps } from '../steps/jwt-refresh-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

const READS_RT = [
  { location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.rt') },
] as const;

export const JWT_EXPIRY_FLOW: Flow = {
  id: 'jwt.expiry',
  api: 'jwt',
  section: 'expiration',
  title: {
    en: 'JWT expiry: proactive refresh and the family lifetime',
    vi: 'JWT hết hạn: refresh chủ động và vòng đời của family',
  },
  summary: {
    en: "John logged in at 0:00 with a 15-minute access token. At 0:14 the page refreshes before exp; at 0:15 the old token lapses without anyone noticing. Refreshes keep him logged in, but 30 days after login the refresh family ends: POST /refresh is refused and he logs in again. Compare 004: 1 h access token, 168 h refresh token, and 'server cannot revoke tokens without blacklist'.",
    vi: "John đăng nhập lúc 0:00 với access token sống 15 phút. Lúc 0:14 trang refresh trước khi tới exp; lúc 0:15 token cũ hết hạn mà không ai để ý. Các lần refresh giữ anh ấy đăng nhập, nhưng 30 ngày sau khi đăng nhập thì refresh family kết thúc: POST /refresh bị từ chối và anh phải đăng nhập lại. So với 004: access token 1 giờ, refresh token 168 giờ, và 'server không thể thu hồi token nếu không có blacklist'.",
  },
  steps: [
    ...putInPhase({ en: '0:14 — proactive refresh', vi: '0:14 — refresh chủ động' }, [
      {
        id: 'jwt.expiry.schedule-refresh',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: { en: 'timer: exp − 60 s reached', vi: 'hẹn giờ: đã tới exp − 60 giây' },
        explanation: {
          en: 'The page read expires_in at login and refreshes a minute early, so requests never wait on a 401. The 401 path (jwt.refresh) must still work: clocks differ and tokens get revoked.',
          vi: 'Trang đọc expires_in lúc đăng nhập và refresh sớm một phút, nên request không bao giờ phải chờ một lỗi 401. Đường xử lý 401 (jwt.refresh) vẫn phải chạy được: đồng hồ các máy lệch nhau và token có thể bị thu hồi.',
        },
        effects: [
          {
            location: 'memory',
            change: 'reads',
            what: { en: 'access token expiry', vi: 'thời điểm hết hạn của access token' },
          },
        ],
      },
      {
        id: 'jwt.expiry.refresh',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('POST /refresh + X-Requested-With (Cookie: authlab.rt)'),
        explanation: {
          en: 'The same refresh as after a 401, only earlier.',
          vi: 'Cũng là refresh như sau lỗi 401, chỉ là sớm hơn.',
        },
        effects: READS_RT,
      },
      ...buildJwtRefreshSteps(),
      {
        id: 'jwt.expiry.keep-new-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: {
          en: 'new access token → memory; rotated authlab.rt → cookie jar',
          vi: 'access token mới → bộ nhớ; authlab.rt đã xoay vòng → cookie jar',
        },
        explanation: {
          en: 'The page swaps its variable; the browser replaces the cookie.',
          vi: 'Trang thay giá trị biến; trình duyệt thay cookie.',
        },
        effects: [
          {
            location: 'memory',
            change: 'changes',
            what: { en: 'access token (exp 0:29)', vi: 'access token (exp 0:29)' },
          },
          {
            location: 'cookie-jar',
            change: 'changes',
            what: { en: 'authlab.rt (rotated)', vi: 'authlab.rt (đã xoay vòng)' },
          },
        ],
      },
    ]),
    ...putInPhase({ en: '0:15 — old access token expires', vi: '0:15 — access token cũ hết hạn' }, [
      {
        id: 'jwt.expiry.old-token-lapses',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: { en: "the replaced token's exp passes", vi: 'token cũ (đã được thay) tới exp' },
        explanation: {
          en: 'Nothing happens and nothing is stored: expiry is a claim inside the token. A copy of it is now refused everywhere.',
          vi: 'Không có gì xảy ra và không có gì được lưu: thời hạn là một claim nằm trong token. Từ giờ mọi bản sao của nó đều bị từ chối ở mọi nơi.',
        },
        effects: [],
      },
    ]),
    ...putInPhase({ en: 'Day 30 — refresh family ends', vi: 'Ngày 30 — refresh family kết thúc' }, [
      {
        id: 'jwt.expiry.refresh-at-family-end',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: {
          en: 'POST /refresh on day 30 (Cookie: authlab.rt)',
          vi: 'POST /refresh vào ngày 30 (Cookie: authlab.rt)',
        },
        explanation: {
          en: 'The refresh token itself was rotated recently and is within its 7 days, but its family started 30 days ago. The trace says expired (or missing once Redis has dropped the family).',
          vi: 'Bản thân refresh token vừa được xoay vòng và còn trong hạn 7 ngày, nhưng family của nó đã bắt đầu từ 30 ngày trước. Trace ghi expired (hoặc missing nếu Redis đã xóa family).',
        },
        effects: READS_RT,
      },
      ...buildJwtRefreshRejectSteps('expired', {
        en: 'the family is past its 30-day lifetime',
        vi: 'family đã quá vòng đời 30 ngày',
      }),
      {
        id: 'jwt.expiry.log-in-again',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: { en: 'show the login form', vi: 'hiện form đăng nhập' },
        explanation: {
          en: "A bounded login, like the session's absolute timeout: even a stolen refresh token used carefully stops after 30 days. The 7-day token lifetime is RFC 9700 §4.14.2's 'expire if the client has been inactive'.",
          vi: "Đăng nhập có giới hạn, giống timeout tuyệt đối của session: ngay cả refresh token bị đánh cắp và dùng cẩn thận cũng hết tác dụng sau 30 ngày. Thời hạn 7 ngày của token chính là 'hết hạn khi client không hoạt động' trong RFC 9700 §4.14.2.",
        },
        effects: [{ location: 'memory', change: 'loses', what: keepVerbatim('access token') }],
      },
    ]),
  ],
};
