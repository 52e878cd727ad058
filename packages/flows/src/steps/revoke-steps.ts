/**
 * The server steps that end logins other than the current request's: an admin's revocation, a
 * user's "log out everywhere", a password change. Sessions delete entries; JWTs raise the user's
 * credential version, which every token carries as its `ver` claim, and with it the user's
 * credential floor in the revocation store, which every access token is checked against.
 *
 * Step ids: session.revoke.*, jwt.revoke.*.
 * Reference: OWASP Session Management CS; OWASP JWT CS ("No Built-In Token Revocation by the
 * User"); ASVS V3.3 (session termination).
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import type { ServerStep } from '../types.ts';
import { buildJwtAuthSteps, buildJwtCsrfStep } from './jwt-steps.ts';
import {
  buildSessionCsrfStep,
  buildSessionLoadStep,
  buildSessionReadCookieStep,
} from './session-steps.ts';

/** `whose` is a name (John, Jane): the same in both languages. */
export function buildDestroyUserSessionsStep(whose: string, why: Localized): ServerStep {
  return {
    id: 'session.revoke.destroy-user-sessions',
    side: 'server',
    from: 'session-api',
    to: 'session-store',
    message: { en: `delete every session of ${whose}`, vi: `xóa mọi session của ${whose}` },
    explanation: {
      en: `The store finds sessions by user id and deletes them: ${why.en}. Each deleted id now leads nowhere, on every device.`,
      vi: `Store tìm các session theo user id và xóa hết: ${why.vi}. Mỗi id đã xóa giờ không dẫn tới đâu nữa, trên mọi thiết bị.`,
    },
    effects: [
      {
        location: 'server-store',
        change: 'loses',
        what: { en: `every session of ${whose}`, vi: `mọi session của ${whose}` },
      },
    ],
  };
}

export function buildBumpCredentialVersionStep(whose: string, why: Localized): ServerStep {
  return {
    id: 'jwt.revoke.bump-credential-version',
    side: 'server',
    from: 'jwt-api',
    to: 'users-db',
    message: {
      en: `credential version of ${whose} +1`,
      vi: `credential version của ${whose} +1`,
    },
    explanation: {
      en: `Every access and refresh token carries the version it was issued under (ver); raising it refuses all of them at once: ${why.en}. The users table refuses the refresh tokens; the same number, as a credential floor in the revocation store, refuses the access tokens on every instance. One number per user instead of a list of tokens.`,
      vi: `Mọi access token và refresh token đều mang số version lúc được cấp (ver); tăng số này là từ chối tất cả cùng lúc: ${why.vi}. Bảng users chặn các refresh token; cũng con số đó, lưu làm mức ver tối thiểu trong revocation store, chặn các access token trên mọi instance. Mỗi user một con số thay vì một danh sách token.`,
    },
    effects: [
      {
        location: 'users-db',
        change: 'changes',
        what: {
          en: `credential version of ${whose} +1`,
          vi: `credential version của ${whose} +1`,
        },
      },
      {
        location: 'revocation-store',
        change: 'changes',
        what: {
          en: `credential floor of ${whose}: tokens with a lower ver refused`,
          vi: `ver tối thiểu của ${whose}: token có ver thấp hơn bị từ chối`,
        },
      },
    ],
  };
}

const ADMIN_AUTHORIZE_EXPLANATION: Localized = {
  en: "Only admins may end someone else's logins; checked on the server for every request (OWASP Authorization CS). Others get 403 forbidden.",
  vi: 'Chỉ admin mới được kết thúc phiên đăng nhập của người khác; server kiểm tra ở mọi request (OWASP Authorization CS). Người khác nhận 403 forbidden.',
};

const DISABLE_EXPLANATION: Localized = {
  en: 'A disabled user can no longer log in (verify-credentials refuses her with the same invalid_credentials).',
  vi: 'User bị khóa không đăng nhập được nữa (verify-credentials từ chối cô ấy với cùng lỗi invalid_credentials).',
};

const ADMIN_CHECK: Localized = {
  en: "John's role is 'admin'?",
  vi: "role của John là 'admin'?",
};

const DISABLE_JANE: Localized = { en: 'Jane: disabled = true', vi: 'Jane: disabled = true' };

const WHY_NOW: Readonly<Record<'session' | 'jwt', Localized>> = {
  session: {
    en: 'she is out now, not when her sessions would time out',
    vi: 'cô ấy bị đăng xuất ngay, không phải đợi session hết hạn',
  },
  jwt: {
    en: 'she is out now, not when her tokens expire',
    vi: 'cô ấy bị đăng xuất ngay, không phải đợi token hết hạn',
  },
};

/** DELETE /admin/users/43/sessions or PATCH /admin/users/43 {disabled: true} on the session API. */
export function buildSessionAdminSteps({
  disable,
  respond,
}: {
  disable: boolean;
  respond: string;
}): ServerStep[] {
  return [
    buildSessionCsrfStep(),
    buildSessionReadCookieStep(),
    buildSessionLoadStep(),
    {
      id: 'session.revoke.authorize',
      side: 'server',
      from: 'session-api',
      to: 'session-api',
      message: ADMIN_CHECK,
      explanation: ADMIN_AUTHORIZE_EXPLANATION,
      effects: [],
    },
    ...(disable
      ? [
          {
            id: 'session.revoke.update-user',
            side: 'server',
            from: 'session-api',
            to: 'users-db',
            message: DISABLE_JANE,
            explanation: DISABLE_EXPLANATION,
            effects: [
              {
                location: 'users-db',
                change: 'changes',
                what: { en: 'Jane: disabled', vi: 'Jane: bị khóa' },
              },
            ],
          } satisfies ServerStep,
        ]
      : []),
    buildDestroyUserSessionsStep('Jane', WHY_NOW.session),
    {
      id: 'session.revoke.respond',
      side: 'server',
      from: 'session-api',
      to: 'browser',
      message: keepVerbatim(respond),
      explanation: {
        en: "John's own session is untouched.",
        vi: 'Session của chính John không bị ảnh hưởng.',
      },
      effects: [],
    },
  ];
}

/** The same two admin routes on the JWT API. */
export function buildJwtAdminSteps({
  disable,
  respond,
}: {
  disable: boolean;
  respond: string;
}): ServerStep[] {
  return [
    buildJwtCsrfStep(),
    ...buildJwtAuthSteps(),
    {
      id: 'jwt.revoke.authorize',
      side: 'server',
      from: 'jwt-api',
      to: 'jwt-api',
      message: ADMIN_CHECK,
      explanation: ADMIN_AUTHORIZE_EXPLANATION,
      effects: [],
    },
    ...(disable
      ? [
          {
            id: 'jwt.revoke.update-user',
            side: 'server',
            from: 'jwt-api',
            to: 'users-db',
            message: DISABLE_JANE,
            explanation: DISABLE_EXPLANATION,
            effects: [
              {
                location: 'users-db',
                change: 'changes',
                what: { en: 'Jane: disabled', vi: 'Jane: bị khóa' },
              },
            ],
          } satisfies ServerStep,
        ]
      : []),
    buildBumpCredentialVersionStep('Jane', WHY_NOW.jwt),
    {
      id: 'jwt.revoke.respond',
      side: 'server',
      from: 'jwt-api',
      to: 'browser',
      message: keepVerbatim(respond),
      explanation: {
        en: "John's own tokens carry his own version and are untouched.",
        vi: 'Token của chính John mang version của John nên không bị ảnh hưởng.',
      },
      effects: [],
    },
  ];
}
