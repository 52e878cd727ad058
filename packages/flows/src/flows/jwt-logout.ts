/**
 * JWT logout, recommended (document 004, "Logout Flow", with its "optional" blacklist made
 * mandatory), followed by a replay of the old access token: the server denylists the token's jti
 * and revokes the refresh family, so the copy is refused.
 *
 * Step ids: jwt.logout.*, jwt.auth.* (server); browser steps jwt.logout.*.
 * Reference: OWASP JWT CS ("No Built-In Token Revocation by the User"); RFC 9700 §4.14.2 (a
 * refresh token must be revocable).
 */
import { keepVerbatim } from '../localized.ts';
import { buildJwtAuthSteps, buildJwtCsrfStep, buildJwtRejectStep } from '../steps/jwt-steps.ts';
import { describeExpiredCookie, putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';
import { LOGOUT_PHASE } from './logout.ts';

export const JWT_LOGOUT_FLOW: Flow = {
  id: 'jwt.logout',
  api: 'jwt',
  section: 'logout',
  title: {
    en: 'JWT logout, recommended (and replaying the old token)',
    vi: 'Đăng xuất JWT, cách khuyên dùng (và gửi lại token cũ)',
  },
  summary: {
    en: 'John logs out: the server puts the access token\'s jti on the denylist until its exp and revokes the refresh family, then expires the refresh cookie. A copy of the old access token, replayed, is refused at check-revocation: 401. This is 004\'s "add to blacklist (optional)" made mandatory.',
    vi: 'John đăng xuất: server đưa jti của access token vào denylist cho tới exp của nó, thu hồi refresh family, rồi xóa refresh cookie. Một bản sao access token cũ gửi lại sẽ bị chặn ở bước check-revocation: 401. Đây chính là bước "thêm vào blacklist (tùy chọn)" của 004, nhưng thành bắt buộc.',
  },
  steps: [
    ...putInPhase(LOGOUT_PHASE, [
      {
        id: 'jwt.logout.submit',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim(
          'POST /logout + Authorization: Bearer <access token> + X-Requested-With',
        ),
        explanation: {
          en: 'The access token says which token and which family to end (its jti and fid claims).',
          vi: 'Access token cho biết cần kết thúc token nào và family nào (qua claim jti và fid).',
        },
        effects: [{ location: 'memory', change: 'reads', what: keepVerbatim('access token') }],
      },
      buildJwtCsrfStep(),
      ...buildJwtAuthSteps(),
      {
        id: 'jwt.logout.deny-access-token',
        side: 'server',
        from: 'jwt-api',
        to: 'revocation-store',
        message: { en: 'denylist jti until its exp', vi: 'đưa jti vào denylist tới exp của nó' },
        explanation: {
          en: 'The entry only has to live until the token would expire anyway (at most 15 min), so the denylist stays small (OWASP JWT CS, "No Built-In Token Revocation by the User").',
          vi: 'Mục này chỉ cần tồn tại tới lúc token đằng nào cũng hết hạn (tối đa 15 phút), nên denylist luôn nhỏ (OWASP JWT CS, "No Built-In Token Revocation by the User").',
        },
        effects: [
          {
            location: 'revocation-store',
            change: 'gains',
            what: { en: 'denylist: jti (until exp)', vi: 'denylist: jti (tới exp)' },
          },
        ],
      },
      {
        id: 'jwt.logout.revoke-family',
        side: 'server',
        from: 'jwt-api',
        to: 'revocation-store',
        message: { en: 'revoke refresh family fid', vi: 'thu hồi refresh family fid' },
        explanation: {
          en: 'Without this a copied refresh token would mint new access tokens for days after logout.',
          vi: 'Không có bước này thì một refresh token bị sao chép vẫn đổi ra access token mới trong nhiều ngày sau khi đăng xuất.',
        },
        effects: [
          {
            location: 'revocation-store',
            change: 'changes',
            what: { en: 'refresh family: revoked', vi: 'refresh family: đã thu hồi' },
          },
        ],
      },
      {
        id: 'jwt.logout.respond',
        side: 'server',
        from: 'jwt-api',
        to: 'browser',
        message: keepVerbatim(`200 {success} + ${describeExpiredCookie('authlab.rt')}`),
        explanation: {
          en: 'The refresh cookie is expired in the browser as well (an empty value dated 1970).',
          vi: 'Refresh cookie trong trình duyệt cũng bị xóa (giá trị rỗng, hạn năm 1970).',
        },
        effects: [
          {
            location: 'header',
            change: 'gains',
            what: { en: 'Set-Cookie: authlab.rt expired', vi: 'Set-Cookie: authlab.rt hết hạn' },
          },
        ],
      },
      {
        id: 'jwt.logout.forget-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: {
          en: 'drop the access token; cookie jar drops authlab.rt',
          vi: 'bỏ access token; cookie jar bỏ authlab.rt',
        },
        explanation: {
          en: 'The page forgets its variable; the browser deletes the expired cookie.',
          vi: 'Trang quên biến của nó; trình duyệt xóa cookie đã hết hạn.',
        },
        effects: [
          { location: 'memory', change: 'loses', what: keepVerbatim('access token') },
          { location: 'cookie-jar', change: 'loses', what: keepVerbatim('authlab.rt') },
        ],
      },
    ]),
    ...putInPhase(
      { en: 'Replay of a copied access token', vi: 'Gửi lại access token bị sao chép' },
      [
        {
          id: 'jwt.logout.replay-access-token',
          side: 'browser',
          from: 'browser',
          to: 'jwt-api',
          message: {
            en: 'GET /me + Authorization: Bearer <old access token>',
            vi: 'GET /me + Authorization: Bearer <access token cũ>',
          },
          explanation: {
            en: 'As an attacker who copied the token before logout would send it; exp has not passed.',
            vi: 'Như cách kẻ tấn công đã sao chép token trước khi đăng xuất sẽ gửi nó; exp vẫn chưa tới.',
          },
          effects: [
            {
              location: 'header',
              change: 'gains',
              what: { en: 'Authorization: Bearer <old>', vi: 'Authorization: Bearer <cũ>' },
            },
          ],
        },
        ...buildJwtAuthSteps({
          deniedBecause: {
            en: 'the jti is on the denylist',
            vi: 'jti nằm trong denylist',
          },
        }),
        buildJwtRejectStep(),
      ],
    ),
  ],
};
