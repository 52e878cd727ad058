/**
 * Token refresh (document 004, "Token Refresh Flow (JWT Only)"): an expired access token earns a
 * 401, the axios interceptor calls POST /refresh, the server rotates the refresh token and signs a
 * new access token, and the interceptor retries the original request once.
 *
 * Step ids: jwt.auth.*, jwt.refresh.*, jwt.request.* (server); jwt.refresh.send-expired,
 * jwt.refresh.intercept-401, jwt.refresh.request, jwt.refresh.keep-new-tokens, jwt.refresh.retry
 * (browser).
 * Reference: RFC 6750 §3.1; RFC 9700 §4.14.2 (refresh-token rotation and reuse detection).
 */
import { keepVerbatim } from '../localized.ts';
import { buildJwtRefreshSteps } from '../steps/jwt-refresh-steps.ts';
import { buildJwtAuthSteps, buildJwtRejectStep } from '../steps/jwt-steps.ts';
import { buildJwtUsersSteps } from '../steps/jwt-users-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow, ServerStep } from '../types.ts';

/** GET /users with a token whose exp has passed: the checks stop at the claims. */
function buildExpiredTokenSteps(): ServerStep[] {
  const [extract, verify, checkClaims] = buildJwtAuthSteps();
  return [
    extract,
    verify,
    {
      ...checkClaims,
      message: {
        en: 'check typ, iss, aud, exp → expired',
        vi: 'kiểm tra typ, iss, aud, exp → expired',
      },
      explanation: {
        en: 'The signature is fine but exp is in the past (RFC 7519 §4.1.4): the token is refused, whoever holds it.',
        vi: 'Chữ ký hợp lệ nhưng exp đã qua (RFC 7519 §4.1.4): token bị từ chối, bất kể ai đang cầm nó.',
      },
      outcome: 'expired',
    },
    buildJwtRejectStep(),
  ];
}

export const JWT_REFRESH_FLOW: Flow = {
  id: 'jwt.refresh',
  api: 'jwt',
  section: 'token-refresh',
  title: { en: 'JWT: refresh after a 401', vi: 'JWT: refresh sau khi nhận 401' },
  summary: {
    en: "John's access token has expired. GET /users answers 401; the axios interceptor calls POST /refresh with the refresh cookie, the server rotates the refresh token (the old one is now spent; replaying it later revokes the whole family) and signs a new access token, and the interceptor retries GET /users once. 004's refresh returned no new refresh token and kept it in localStorage.",
    vi: 'Access token của John đã hết hạn. GET /users trả 401; interceptor của axios gọi POST /refresh kèm refresh cookie, server xoay vòng refresh token (token cũ coi như đã dùng; ai gửi lại nó về sau sẽ làm cả family bị thu hồi) và ký access token mới, rồi interceptor gửi lại GET /users đúng một lần. Bản refresh của 004 không trả refresh token mới và cất nó trong localStorage.',
  },
  steps: [
    ...putInPhase({ en: 'Access token expired', vi: 'Access token đã hết hạn' }, [
      {
        id: 'jwt.refresh.send-expired',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('GET /users + Authorization: Bearer <expired token>'),
        explanation: {
          en: 'The page does not know the token has expired (or it was revoked): the server decides.',
          vi: 'Trang không biết token đã hết hạn (hay đã bị thu hồi): server mới là bên quyết định.',
        },
        effects: [
          {
            location: 'memory',
            change: 'reads',
            what: { en: 'access token (expired)', vi: 'access token (đã hết hạn)' },
          },
        ],
      },
      ...buildExpiredTokenSteps(),
    ]),
    ...putInPhase({ en: 'Interceptor refreshes', vi: 'Interceptor gọi refresh' }, [
      {
        id: 'jwt.refresh.intercept-401',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: {
          en: 'axios interceptor catches the 401',
          vi: 'interceptor của axios bắt lỗi 401',
        },
        explanation: {
          en: 'One shared refresh for all requests that failed together: two refreshes with the same token would look like theft and end the login. A 401 from /refresh itself is never refreshed.',
          vi: 'Các request cùng lỗi một lúc dùng chung một lần refresh: hai lần refresh với cùng một token trông giống như bị đánh cắp và sẽ kết thúc phiên đăng nhập. Lỗi 401 từ chính /refresh thì không bao giờ refresh lại.',
        },
        effects: [],
      },
      {
        id: 'jwt.refresh.request',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: {
          en: 'POST /refresh + X-Requested-With (Cookie: authlab.rt sent by the browser)',
          vi: 'POST /refresh + X-Requested-With (Cookie: authlab.rt do trình duyệt tự gửi)',
        },
        explanation: {
          en: 'The refresh cookie goes only to /refresh (Path=/refresh). 004 posts {refresh_token} read from localStorage, which any script can read.',
          vi: 'Refresh cookie chỉ được gửi tới /refresh (Path=/refresh). 004 gửi {refresh_token} đọc từ localStorage, nơi script nào cũng đọc được.',
        },
        effects: [{ location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.rt') }],
        correction: {
          en: '004: {refresh_token} from localStorage',
          vi: '004: {refresh_token} lấy từ localStorage',
        },
      },
      ...buildJwtRefreshSteps(),
      {
        id: 'jwt.refresh.keep-new-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: {
          en: 'new access token → memory; rotated authlab.rt → cookie jar',
          vi: 'access token mới → bộ nhớ; authlab.rt đã xoay vòng → cookie jar',
        },
        explanation: {
          en: 'The old refresh token is spent; the browser replaced the cookie by itself.',
          vi: 'Refresh token cũ đã dùng rồi; trình duyệt tự thay cookie mới.',
        },
        effects: [
          {
            location: 'memory',
            change: 'changes',
            what: { en: 'access token → new one', vi: 'access token → token mới' },
          },
          {
            location: 'cookie-jar',
            change: 'changes',
            what: { en: 'authlab.rt → rotated one', vi: 'authlab.rt → bản đã xoay vòng' },
          },
        ],
      },
    ]),
    ...putInPhase({ en: 'Retry once', vi: 'Gửi lại một lần' }, [
      {
        id: 'jwt.refresh.retry',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('GET /users + Authorization: Bearer <new access token>'),
        explanation: {
          en: 'The interceptor replays the original request once. If it fails again it gives up, so a broken token can never cause a loop.',
          vi: 'Interceptor gửi lại request ban đầu một lần. Nếu vẫn lỗi thì bỏ cuộc, nên token hỏng không bao giờ gây vòng lặp.',
        },
        effects: [
          {
            location: 'header',
            change: 'gains',
            what: keepVerbatim('Authorization: Bearer <new>'),
          },
        ],
      },
      ...buildJwtUsersSteps(
        {
          en: 'Same route as before; the user never saw the 401.',
          vi: 'Vẫn route cũ; người dùng không hề thấy lỗi 401.',
        },
        {
          en: 'Authorization is checked again on the retried request, as on every request.',
          vi: 'Request gửi lại cũng được kiểm tra phân quyền lại, như mọi request khác.',
        },
      ),
    ]),
  ],
};
