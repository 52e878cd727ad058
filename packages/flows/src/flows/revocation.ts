/**
 * Revocation by an administrator (document 004: "admin can manually destroy session at any time";
 * "Easy to revoke" vs "Cannot revoke easily"): John ends Jane's logins, or disables her account,
 * and her very next request is refused. Sessions: delete her entries. JWTs: bump her credential
 * version, which every token carries as `ver` and check-revocation compares.
 *
 * The JWT flows are in jwt-revocation.ts; this file holds the session flows and what both share.
 *
 * Step ids: session.revoke.*, jwt.revoke.*, session.auth.*, jwt.auth.* (server); browser steps
 * <api>.revocation.* and <api>.disable-user.*.
 * Reference: OWASP Session Management CS; OWASP JWT CS ("No Built-In Token Revocation by the
 * User"); ASVS V3.3.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import { buildSessionAdminSteps } from '../steps/revoke-steps.ts';
import { buildSessionRejectSteps } from '../steps/session-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow, Step } from '../types.ts';

export const JANE_PHASE: Localized = {
  en: "Jane's next request",
  vi: 'Request tiếp theo của Jane',
};
export const REVOKE_PHASE: Localized = { en: 'John (admin) revokes', vi: 'John (admin) thu hồi' };
export const DISABLE_PHASE: Localized = {
  en: 'John (admin) disables Jane',
  vi: 'John (admin) khóa tài khoản Jane',
};
const JOHNS_SID = {
  location: 'cookie-jar',
  change: 'reads',
  what: { en: "John's authlab.sid", vi: 'authlab.sid của John' },
} as const;
export const DISABLE_REQUEST: Localized = {
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
