/**
 * "Log out everywhere": John is logged in on his laptop and his phone and ends both from the
 * laptop. Sessions: delete all his entries. JWTs: bump his credential version, so every token he
 * holds anywhere carries an outdated `ver`. The phone's next request proves it.
 *
 * Step ids: session.logout-all.respond, jwt.logout-all.respond, session.revoke.destroy-user-sessions,
 * jwt.revoke.bump-credential-version, session.auth.*, jwt.auth.* (server); browser steps
 * <api>.logout-all.*.
 * Reference: OWASP Session Management CS; OWASP JWT CS ("No Built-In Token Revocation by the
 * User"); ASVS V3.3.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import { buildJwtAuthSteps, buildJwtCsrfStep, buildJwtRejectStep } from '../steps/jwt-steps.ts';
import {
  buildBumpCredentialVersionStep,
  buildDestroyUserSessionsStep,
} from '../steps/revoke-steps.ts';
import {
  buildSessionCsrfStep,
  buildSessionLoadStep,
  buildSessionReadCookieStep,
  buildSessionRejectSteps,
} from '../steps/session-steps.ts';
import { describeExpiredCookie, putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

const WHY: Localized = {
  en: 'the user asked to end every login',
  vi: 'người dùng yêu cầu kết thúc mọi phiên đăng nhập',
};

const SUBMIT_EXPLANATION: Localized = {
  en: 'For a lost phone or a shared computer: end every login, not only this one.',
  vi: 'Dành cho lúc mất điện thoại hoặc dùng máy tính chung: kết thúc mọi phiên đăng nhập, không chỉ phiên này.',
};

const LAPTOP_PHASE: Localized = {
  en: 'Laptop: log out everywhere',
  vi: 'Laptop: đăng xuất khỏi mọi nơi',
};

const PHONE_PHASE: Localized = {
  en: "Phone's next request",
  vi: 'Request tiếp theo từ điện thoại',
};

export const SESSION_LOGOUT_ALL_FLOW: Flow = {
  id: 'session.logout-all',
  api: 'session',
  section: 'logout',
  title: { en: 'Session: log out everywhere', vi: 'Session: đăng xuất khỏi mọi nơi' },
  summary: {
    en: "John is logged in on his laptop and his phone. From the laptop he calls POST /logout-all: the server deletes every session entry of his and expires the laptop's cookie. The phone's next request is refused (401) although its cookie is untouched.",
    vi: 'John đang đăng nhập trên laptop và điện thoại. Từ laptop anh gọi POST /logout-all: server xóa mọi session của anh và xóa cookie trên laptop. Request tiếp theo từ điện thoại bị từ chối (401) dù cookie trên đó vẫn còn nguyên.',
  },
  steps: [
    ...putInPhase(LAPTOP_PHASE, [
      {
        id: 'session.logout-all.submit',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: {
          en: 'laptop: POST /logout-all + X-Requested-With',
          vi: 'laptop: POST /logout-all + X-Requested-With',
        },
        explanation: SUBMIT_EXPLANATION,
        effects: [
          { location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.sid (laptop)') },
        ],
      },
      buildSessionCsrfStep(),
      buildSessionReadCookieStep(),
      buildSessionLoadStep(),
      buildDestroyUserSessionsStep('John', WHY),
      {
        id: 'session.logout-all.respond',
        side: 'server',
        from: 'session-api',
        to: 'browser',
        message: keepVerbatim(`200 {success, ended: 2} + ${describeExpiredCookie('authlab.sid')}`),
        explanation: {
          en: 'ended counts the sessions deleted: the laptop and the phone.',
          vi: 'ended là số session đã xóa: của laptop và của điện thoại.',
        },
        effects: [
          {
            location: 'header',
            change: 'gains',
            what: { en: 'Set-Cookie: authlab.sid expired', vi: 'Set-Cookie: authlab.sid hết hạn' },
          },
        ],
      },
      {
        id: 'session.logout-all.drop-cookie',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: { en: 'cookie jar drops authlab.sid', vi: 'cookie jar bỏ authlab.sid' },
        explanation: { en: 'The laptop forgets its cookie.', vi: 'Laptop quên cookie của nó.' },
        effects: [
          { location: 'cookie-jar', change: 'loses', what: keepVerbatim('authlab.sid (laptop)') },
        ],
      },
    ]),
    ...putInPhase(PHONE_PHASE, [
      {
        id: 'session.logout-all.other-device-request',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: {
          en: 'phone: GET /me (Cookie: its own authlab.sid)',
          vi: 'điện thoại: GET /me (Cookie: authlab.sid của chính nó)',
        },
        explanation: {
          en: 'The phone still holds its cookie: nothing reached it.',
          vi: 'Điện thoại vẫn giữ cookie của nó: không có gì được gửi tới nó cả.',
        },
        effects: [
          {
            location: 'cookie-jar',
            change: 'reads',
            what: { en: 'authlab.sid (phone)', vi: 'authlab.sid (điện thoại)' },
          },
        ],
      },
      ...buildSessionRejectSteps({
        outcome: 'missing',
        why: { en: 'ended by logout-all', vi: 'đã bị logout-all kết thúc' },
      }),
    ]),
  ],
};

export const JWT_LOGOUT_ALL_FLOW: Flow = {
  id: 'jwt.logout-all',
  api: 'jwt',
  section: 'logout',
  title: { en: 'JWT: log out everywhere', vi: 'JWT: đăng xuất khỏi mọi nơi' },
  summary: {
    en: "John is logged in on his laptop and his phone. From the laptop he calls POST /logout-all: the server raises his credential version, so every access and refresh token he holds anywhere carries an outdated ver. The phone's next request is refused (401) although its token has not expired. Without that version the server could only wait for exp.",
    vi: 'John đang đăng nhập trên laptop và điện thoại. Từ laptop anh gọi POST /logout-all: server tăng credential version của anh, nên mọi access token và refresh token anh đang giữ ở bất cứ đâu đều mang ver đã lỗi thời. Request tiếp theo từ điện thoại bị từ chối (401) dù token trên đó chưa hết hạn. Không có version này thì server chỉ còn cách chờ tới exp.',
  },
  steps: [
    ...putInPhase(LAPTOP_PHASE, [
      {
        id: 'jwt.logout-all.submit',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('laptop: POST /logout-all + Bearer + X-Requested-With'),
        explanation: SUBMIT_EXPLANATION,
        effects: [
          { location: 'memory', change: 'reads', what: keepVerbatim('access token (laptop)') },
        ],
      },
      buildJwtCsrfStep(),
      ...buildJwtAuthSteps(),
      buildBumpCredentialVersionStep('John', WHY),
      {
        id: 'jwt.logout-all.respond',
        side: 'server',
        from: 'jwt-api',
        to: 'browser',
        message: keepVerbatim(`200 {success} + ${describeExpiredCookie('authlab.rt')}`),
        explanation: {
          en: "Nothing else to delete: the one number made every token of John's outdated, wherever it is. The laptop's refresh cookie is expired as well.",
          vi: 'Không cần xóa gì thêm: chỉ một con số đã khiến mọi token của John lỗi thời, dù chúng đang ở đâu. Refresh cookie trên laptop cũng bị xóa.',
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
        id: 'jwt.logout-all.forget-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: {
          en: 'drop the access token; cookie jar drops authlab.rt',
          vi: 'bỏ access token; cookie jar bỏ authlab.rt',
        },
        explanation: {
          en: "The laptop forgets its tokens. The phone's refresh token carries the old ver, so /refresh refuses it too.",
          vi: 'Laptop quên các token của nó. Refresh token trên điện thoại mang ver cũ, nên /refresh cũng từ chối nó.',
        },
        effects: [
          { location: 'memory', change: 'loses', what: keepVerbatim('access token (laptop)') },
          { location: 'cookie-jar', change: 'loses', what: keepVerbatim('authlab.rt (laptop)') },
        ],
      },
    ]),
    ...putInPhase(PHONE_PHASE, [
      {
        id: 'jwt.logout-all.other-device-request',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: {
          en: 'phone: GET /me + Bearer <its token, exp not reached>',
          vi: 'điện thoại: GET /me + Bearer <token của nó, chưa tới exp>',
        },
        explanation: {
          en: 'The phone still holds a well-signed, unexpired token.',
          vi: 'Điện thoại vẫn giữ một token có chữ ký hợp lệ, chưa hết hạn.',
        },
        effects: [
          {
            location: 'memory',
            change: 'reads',
            what: { en: 'access token (phone)', vi: 'access token (điện thoại)' },
          },
        ],
      },
      ...buildJwtAuthSteps({
        deniedBecause: {
          en: "the token's ver is older than John's credential version",
          vi: 'ver của token cũ hơn credential version hiện tại của John',
        },
      }),
      buildJwtRejectStep(),
    ]),
  ],
};
