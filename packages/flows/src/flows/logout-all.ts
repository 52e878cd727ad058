/**
 * "Log out everywhere": John is logged in on his laptop and his phone and ends both from the
 * laptop. Sessions: delete all his entries. JWTs: bump his credential version, so every token he
 * holds anywhere carries an outdated `ver`. The phone's next request proves it.
 *
 * The JWT flows are in jwt-logout-all.ts; this file holds the session flows and what both share.
 *
 * Step ids: session.logout-all.respond, jwt.logout-all.respond, session.revoke.destroy-user-sessions,
 * jwt.revoke.bump-credential-version, session.auth.*, jwt.auth.* (server); browser steps
 * <api>.logout-all.*.
 * Reference: OWASP Session Management CS; OWASP JWT CS ("No Built-In Token Revocation by the
 * User"); ASVS V3.3.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import { buildDestroyUserSessionsStep } from '../steps/revoke-steps.ts';
import {
  buildSessionCsrfStep,
  buildSessionLoadStep,
  buildSessionReadCookieStep,
  buildSessionRejectSteps,
} from '../steps/session-steps.ts';
import {
  describeExpiredCookie,
  describeExpiredCookieEffect,
  putInPhase,
} from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

export const WHY: Localized = {
  en: 'the user asked to end every login',
  vi: 'người dùng yêu cầu kết thúc mọi phiên đăng nhập',
};

export const SUBMIT_EXPLANATION: Localized = {
  en: 'For a lost phone or a shared computer: end every login, not only this one.',
  vi: 'Dành cho lúc mất điện thoại hoặc dùng máy tính chung: kết thúc mọi phiên đăng nhập, không chỉ phiên này.',
};

export const LAPTOP_PHASE: Localized = {
  en: 'Laptop: log out everywhere',
  vi: 'Laptop: đăng xuất khỏi mọi nơi',
};

export const PHONE_PHASE: Localized = {
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
        effects: [describeExpiredCookieEffect('authlab.sid')],
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
