/**
 * CSRF from a real second site: the attacker site (127.0.0.1:4300, a different site from the web
 * app on localhost:5173) makes the victim's browser send a forged form and a top-level navigation
 * to both APIs. Secure defaults: the CSRF layers refuse the POST before any cookie is looked at,
 * SameSite=Strict keeps the cookies off the navigation, and the JWT API sees no bearer header at
 * all — though its refresh cookie is why /refresh runs the same CSRF checks.
 *
 * Step ids: session.csrf.check-request, session.auth.*, jwt.csrf.check-request, jwt.auth.*
 * (server); session.attack-csrf.*, jwt.attack-csrf.* (attacker and browser).
 * Reference: OWASP CSRF Prevention Cheat Sheet; RFC 6265bis §5.4.7; W3C Fetch Metadata §2.
 */
import { keepVerbatim } from '../localized.ts';
import {
  buildCsrfRefusedStep,
  buildNoBearerSteps,
  buildNoCookieSteps,
  buildServeAttackPageStep,
} from '../steps/attack-steps.ts';
import type { Flow } from '../types.ts';

const PAGE_WHAT = {
  en: 'a form that submits itself, and a script that navigates the tab to the API.',
  vi: 'một form tự gửi đi, và một script điều hướng tab tới API.',
};

export const SESSION_ATTACK_CSRF_FLOW: Flow = {
  id: 'session.attack-csrf',
  api: 'session',
  section: 'attacks',
  title: {
    en: 'Session: a forged request from another site',
    vi: 'Session: request giả mạo từ một site khác',
  },
  summary: {
    en: 'John is signed in; the attacker site makes his browser POST /logout-all with a hidden form and navigate to GET /me. The CSRF layers refuse the POST (403) and SameSite=Strict keeps the cookie off the navigation (401). Lab modes switch one layer off at a time; with SameSite=Lax the top-level GET carries the cookie.',
    vi: 'John đang đăng nhập; site của kẻ tấn công khiến trình duyệt của anh POST /logout-all bằng một form ẩn và điều hướng tới GET /me. Các lớp CSRF từ chối POST (403) và SameSite=Strict giữ cookie không đi theo lần điều hướng (401). Các lab mode tắt lần lượt từng lớp; với SameSite=Lax, GET top-level mang theo cookie.',
  },
  steps: [
    buildServeAttackPageStep('session.attack-csrf.serve-page', '/csrf', PAGE_WHAT),
    {
      id: 'session.attack-csrf.submit-form',
      side: 'browser',
      from: 'browser',
      to: 'session-api',
      message: keepVerbatim('POST /logout-all (form) · Sec-Fetch-Site: cross-site'),
      explanation: {
        en: "The form posts to the API through the web app's origin. The browser adds Sec-Fetch-Site: cross-site and Origin: http://127.0.0.1:4300 itself; the page cannot add X-Requested-With. SameSite=Strict: the session cookie stays home.",
        vi: 'Form gửi tới API qua origin của web app. Trình duyệt tự thêm Sec-Fetch-Site: cross-site và Origin: http://127.0.0.1:4300; trang không thể thêm X-Requested-With. SameSite=Strict: cookie session ở lại.',
      },
      effects: [
        {
          location: 'cookie-jar',
          change: 'reads',
          what: {
            en: 'authlab.sid not attached (SameSite=Strict)',
            vi: 'authlab.sid không được gửi kèm (SameSite=Strict)',
          },
        },
      ],
    },
    buildCsrfRefusedStep('session'),
    {
      id: 'session.attack-csrf.navigate',
      side: 'browser',
      from: 'browser',
      to: 'session-api',
      message: keepVerbatim('top-level GET /me (the attacker page navigates the tab)'),
      explanation: {
        en: 'A safe method, so no CSRF layer runs: only SameSite decides. Strict keeps the cookie off every request another site starts; Lax would attach it to this top-level GET.',
        vi: 'Phương thức an toàn nên không lớp CSRF nào chạy: chỉ SameSite quyết định. Strict giữ cookie khỏi mọi request do site khác khởi tạo; Lax sẽ gắn nó vào GET top-level này.',
      },
      effects: [],
    },
    ...buildNoCookieSteps({
      en: 'SameSite=Strict: the browser did not attach authlab.sid to a navigation another site started. desc="absent".',
      vi: 'SameSite=Strict: trình duyệt không gắn authlab.sid vào lần điều hướng do site khác khởi tạo. desc="absent".',
    }),
  ],
};

export const JWT_ATTACK_CSRF_FLOW: Flow = {
  id: 'jwt.attack-csrf',
  api: 'jwt',
  section: 'attacks',
  title: {
    en: 'JWT: the same forged requests',
    vi: 'JWT: cùng các request giả mạo',
  },
  summary: {
    en: 'The same attacker page against the JWT API. A top-level GET /me carries no token (401): the browser never attaches a bearer header. But POST /refresh would carry the refresh cookie, so the CSRF layers refuse it (403) — "JWTs are immune to CSRF" stops being true the moment a cookie is involved.',
    vi: 'Cùng trang tấn công đó nhắm vào JWT API. GET /me top-level không mang token nào (401): trình duyệt không bao giờ tự gắn bearer header. Nhưng POST /refresh sẽ mang theo refresh cookie, nên các lớp CSRF từ chối nó (403) — "JWT miễn nhiễm CSRF" không còn đúng ngay khi có cookie tham gia.',
  },
  steps: [
    buildServeAttackPageStep('jwt.attack-csrf.serve-page', '/csrf', PAGE_WHAT),
    {
      id: 'jwt.attack-csrf.send-fetch',
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: keepVerbatim('fetch POST /refresh (no-cors, credentials: include)'),
      explanation: {
        en: "The attacker's script tries to make the browser spend the victim's refresh cookie. Sec-Fetch-Site: cross-site; SameSite=Strict would also keep the cookie home.",
        vi: 'Script của kẻ tấn công cố khiến trình duyệt dùng refresh cookie của nạn nhân. Sec-Fetch-Site: cross-site; SameSite=Strict cũng sẽ giữ cookie ở lại.',
      },
      effects: [],
    },
    buildCsrfRefusedStep('jwt'),
    {
      id: 'jwt.attack-csrf.navigate',
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: keepVerbatim('top-level GET /me (the attacker page navigates the tab)'),
      explanation: {
        en: "The access token lives in the web app's memory; nothing the browser sends by itself carries it.",
        vi: 'Access token nằm trong bộ nhớ của web app; không thứ gì trình duyệt tự gửi đi mang theo nó.',
      },
      effects: [],
    },
    ...buildNoBearerSteps(),
  ],
};
