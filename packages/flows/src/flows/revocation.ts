/**
 * Revocation by an administrator (document 004: "admin can manually destroy session at any time";
 * "Easy to revoke" vs "Cannot revoke easily"): John ends Jane's logins, or disables her account,
 * and her very next request is refused. Sessions: delete her entries. JWTs: bump her credential
 * version, which every token carries as `ver` and check-revocation compares.
 *
 * Step ids: session.revoke.*, jwt.revoke.*, session.auth.*, jwt.auth.* (server); browser steps
 * <api>.revocation.* and <api>.disable-user.*.
 * Reference: OWASP Session Management CS; OWASP JWT CS ("No Built-In Token Revocation by the
 * User"); ASVS V3.3.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import { buildJwtAuthSteps, buildJwtRejectStep } from '../steps/jwt-steps.ts';
import { buildJwtAdminSteps, buildSessionAdminSteps } from '../steps/revoke-steps.ts';
import { buildSessionRejectSteps } from '../steps/session-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow, Step } from '../types.ts';

const JANE_PHASE: Localized = { en: "Jane's next request", vi: 'Request tiếp theo của Jane' };
const REVOKE_PHASE: Localized = { en: 'John (admin) revokes', vi: 'John (admin) thu hồi' };
const DISABLE_PHASE: Localized = {
  en: 'John (admin) disables Jane',
  vi: 'John (admin) khóa tài khoản Jane',
};
const JOHNS_SID = {
  location: 'cookie-jar',
  change: 'reads',
  what: { en: "John's authlab.sid", vi: 'authlab.sid của John' },
} as const;
const JOHNS_TOKEN = {
  location: 'memory',
  change: 'reads',
  what: { en: "John's access token", vi: 'access token của John' },
} as const;
const DISABLE_REQUEST: Localized = {
  en: "John's admin page disables Jane's account.",
  vi: 'Trang admin của John khóa tài khoản của Jane.',
};

function buildJaneSessionRequest(flow: string, why: Localized): Step[] {
  return putInPhase(JANE_PHASE, [
    {
      id: `session.${flow}.victim-request`,
      side: 'browser',
      from: 'browser',
      to: 'session-api',
      message: {
        en: 'Jane: GET /me (Cookie: authlab.sid=<her id>)',
        vi: 'Jane: GET /me (Cookie: authlab.sid=<id của cô>)',
      },
      explanation: {
        en: "Jane's browser still holds her cookie; nothing told it anything.",
        vi: 'Trình duyệt của Jane vẫn giữ cookie của cô; không ai báo gì cho nó cả.',
      },
      effects: [
        {
          location: 'cookie-jar',
          change: 'reads',
          what: { en: "Jane's authlab.sid", vi: 'authlab.sid của Jane' },
        },
      ],
    },
    ...buildSessionRejectSteps({ outcome: 'missing', why }),
  ]);
}

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

export const SESSION_REVOCATION_FLOW: Flow = {
  id: 'session.revocation',
  api: 'session',
  section: 'revocation',
  title: {
    en: "Session: an admin ends Jane's sessions",
    vi: 'Session: admin kết thúc các session của Jane',
  },
  summary: {
    en: "John (admin) calls DELETE /admin/users/43/sessions. The server deletes every session entry of Jane's from the store; her next request, with the cookie her browser still holds, is refused at once (401). With sessions, revocation is a delete.",
    vi: 'John (admin) gọi DELETE /admin/users/43/sessions. Server xóa mọi session của Jane khỏi store; request tiếp theo của cô, với cookie trình duyệt vẫn còn giữ, bị từ chối ngay (401). Với session, thu hồi chỉ là một lệnh xóa.',
  },
  steps: [
    ...putInPhase(REVOKE_PHASE, [
      {
        id: 'session.revocation.admin-request',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: keepVerbatim('John: DELETE /admin/users/43/sessions + X-Requested-With'),
        explanation: {
          en: "John's admin page asks the server to end every session Jane has.",
          vi: 'Trang admin của John yêu cầu server kết thúc mọi session mà Jane đang có.',
        },
        effects: [JOHNS_SID],
      },
      ...buildSessionAdminSteps({ disable: false, respond: '200 {success, ended: 1}' }),
    ]),
    ...buildJaneSessionRequest('revocation', {
      en: 'ended by the admin',
      vi: 'đã bị admin kết thúc',
    }),
  ],
};

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

export const SESSION_DISABLE_USER_FLOW: Flow = {
  id: 'session.disable-user',
  api: 'session',
  section: 'revocation',
  title: {
    en: "Session: an admin disables Jane's account",
    vi: 'Session: admin khóa tài khoản của Jane',
  },
  summary: {
    en: 'John (admin) calls PATCH /admin/users/43 {disabled: true}. The server marks Jane disabled (she can no longer log in) and deletes her sessions in the same request, so she is out at once (401), not at her next login.',
    vi: 'John (admin) gọi PATCH /admin/users/43 {disabled: true}. Server đánh dấu Jane bị khóa (cô không đăng nhập được nữa) và xóa các session của cô ngay trong request đó, nên cô bị đăng xuất ngay lập tức (401), chứ không phải đợi tới lần đăng nhập sau.',
  },
  steps: [
    ...putInPhase(DISABLE_PHASE, [
      {
        id: 'session.disable-user.admin-request',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: keepVerbatim('John: PATCH /admin/users/43 {disabled: true} + X-Requested-With'),
        explanation: DISABLE_REQUEST,
        effects: [JOHNS_SID],
      },
      ...buildSessionAdminSteps({ disable: true, respond: '200 {success, user}' }),
    ]),
    ...buildJaneSessionRequest('disable-user', {
      en: 'ended when the account was disabled',
      vi: 'đã kết thúc khi tài khoản bị khóa',
    }),
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
