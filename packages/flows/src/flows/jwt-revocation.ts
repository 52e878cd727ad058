/**
 * Revocation by an administrator on the JWT API: John revokes Jane's tokens, or disables her
 * account, by bumping her credential version, which every token carries as `ver` and
 * check-revocation compares; her next request is refused although her token has not expired.
 *
 * Step ids: jwt.revoke.*, jwt.auth.* (server); browser steps jwt.revocation.*, jwt.disable-user.*.
 * Reference: OWASP JWT CS ("No Built-In Token Revocation by the User"); ASVS V3.3.
 */
import { keepVerbatim } from '../localized.ts';
import { buildJwtAuthSteps, buildJwtRejectStep } from '../steps/jwt-steps.ts';
import { buildJwtAdminSteps } from '../steps/revoke-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow, Step } from '../types.ts';
import { DISABLE_PHASE, DISABLE_REQUEST, JANE_PHASE, REVOKE_PHASE } from './revocation.ts';

const JOHNS_TOKEN = {
  location: 'memory',
  change: 'reads',
  what: { en: "John's access token", vi: 'access token của John' },
} as const;

function buildJaneJwtRequest(flow: string): Step[] {
  return putInPhase(JANE_PHASE, [
    {
      id: `jwt.${flow}.victim-request`,
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: {
        en: 'Jane: GET /me + Bearer <her token, exp not reached>',
        vi: 'Jane: GET /me + Bearer <token của cô, chưa tới exp>',
      },
      explanation: {
        en: "Jane's access token is well signed and not expired: without revocation state it would pass until exp.",
        vi: 'Access token của Jane có chữ ký hợp lệ và chưa hết hạn: không có trạng thái thu hồi thì nó vẫn qua được cho tới exp.',
      },
      effects: [
        {
          location: 'memory',
          change: 'reads',
          what: { en: "Jane's access token", vi: 'access token của Jane' },
        },
      ],
    },
    ...buildJwtAuthSteps({
      deniedBecause: {
        en: "the token's ver is older than Jane's credential version",
        vi: 'ver của token cũ hơn credential version hiện tại của Jane',
      },
    }),
    buildJwtRejectStep(),
  ]);
}

export const JWT_REVOCATION_FLOW: Flow = {
  id: 'jwt.revocation',
  api: 'jwt',
  section: 'revocation',
  title: { en: "JWT: an admin revokes Jane's tokens", vi: 'JWT: admin thu hồi các token của Jane' },
  summary: {
    en: "John (admin) calls DELETE /admin/users/43/sessions. The server bumps Jane's credential version; her next request carries a token with the old ver and is refused at once (401), and her refresh token can no longer be used either. Without revocation state (the documents' stateless JWT) her access token would stay valid until its exp — 15 minutes here, 1 hour in the documents — and her refresh token for 7 days.",
    vi: 'John (admin) gọi DELETE /admin/users/43/sessions. Server tăng credential version của Jane; request tiếp theo của cô mang token có ver cũ nên bị từ chối ngay (401), và refresh token của cô cũng không dùng được nữa. Không có trạng thái thu hồi (JWT stateless như tài liệu) thì access token của cô vẫn hợp lệ tới exp — ở đây là 15 phút, trong tài liệu là 1 giờ — còn refresh token thì 7 ngày.',
  },
  steps: [
    ...putInPhase(REVOKE_PHASE, [
      {
        id: 'jwt.revocation.admin-request',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('John: DELETE /admin/users/43/sessions + Bearer + X-Requested-With'),
        explanation: {
          en: "John's admin page asks the server to end every login Jane has.",
          vi: 'Trang admin của John yêu cầu server kết thúc mọi phiên đăng nhập của Jane.',
        },
        effects: [JOHNS_TOKEN],
      },
      ...buildJwtAdminSteps({ disable: false, respond: '200 {success}' }),
    ]),
    ...buildJaneJwtRequest('revocation'),
  ],
};

export const JWT_DISABLE_USER_FLOW: Flow = {
  id: 'jwt.disable-user',
  api: 'jwt',
  section: 'revocation',
  title: { en: "JWT: an admin disables Jane's account", vi: 'JWT: admin khóa tài khoản của Jane' },
  summary: {
    en: 'John (admin) calls PATCH /admin/users/43 {disabled: true}. The server marks Jane disabled and bumps her credential version, so the tokens she already holds are refused at once (401) rather than working until they expire.',
    vi: 'John (admin) gọi PATCH /admin/users/43 {disabled: true}. Server đánh dấu Jane bị khóa và tăng credential version của cô, nên các token cô đang giữ bị từ chối ngay (401) thay vì vẫn dùng được tới khi hết hạn.',
  },
  steps: [
    ...putInPhase(DISABLE_PHASE, [
      {
        id: 'jwt.disable-user.admin-request',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('John: PATCH /admin/users/43 {disabled: true} + Bearer'),
        explanation: DISABLE_REQUEST,
        effects: [JOHNS_TOKEN],
      },
      ...buildJwtAdminSteps({ disable: true, respond: '200 {success, user}' }),
    ]),
    ...buildJaneJwtRequest('disable-user'),
  ],
};
