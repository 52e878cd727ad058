/**
 * Session fixation: the attacker signs in as himself, keeps the session id the server issued him,
 * and plants it in the victim's browser (a sibling subdomain writing a cookie for the parent
 * domain, plain HTTP, an XSS). The victim's login arrives carrying it; the secure default's
 * `regenerate()` destroys it and issues a new id, so the attacker's replay finds nothing. The lab
 * mode "keep the pre-login id" skips the regeneration and the planted id opens the victim's session.
 *
 * Step ids: session.csrf.check-request, session.login.*, session.auth.* (server);
 * session.attack-fixation.* (attacker and browser).
 * Reference: OWASP Session Management Cheat Sheet, "Session Fixation", "Renew the Session ID After
 * Any Privilege Level Change"; OWASP WSTG-SESS-03.
 */
import { keepVerbatim } from '../localized.ts';
import { buildSessionLoginSteps } from '../steps/session-login-steps.ts';
import { buildSessionLoadStep, buildSessionRejectSteps } from '../steps/session-steps.ts';
import { adjustStep, putInPhase } from '../steps/step-helpers.ts';
import type { Flow, ServerStep } from '../types.ts';

/** John's login: the cookie it carries IS found (the attacker's session), then regenerated away. */
function buildPlantedLoginSteps(): ServerStep[] {
  const steps = adjustStep(buildSessionLoginSteps(), 'session.login.regenerate-id', {
    explanation: {
      en: "koa-session's regenerate() destroys the planted session in the store and saves John's under a NEW random id: the id the attacker knows names nothing any more. With the lab mode \"keep the pre-login id\" this step is skipped and John's session is saved under the planted id.",
      vi: 'regenerate() của koa-session xóa session bị cài khỏi store và lưu session của John dưới một id ngẫu nhiên MỚI: id mà kẻ tấn công biết không còn trỏ tới gì nữa. Với lab mode "giữ session id trước đăng nhập", bước này bị bỏ qua và session của John được lưu dưới chính id bị cài.',
    },
  });
  const readCookie = steps.findIndex((step) => step.id === 'session.auth.read-cookie');
  return [
    ...steps.slice(0, readCookie + 1),
    {
      ...buildSessionLoadStep(),
      explanation: {
        en: "The planted id is live: it is the attacker's own session (Jane's). koa-session loads it, as it would any session the browser brings.",
        vi: 'Id bị cài đang sống: đó là session của chính kẻ tấn công (Jane). koa-session tải nó lên, như với bất kỳ session nào trình duyệt mang tới.',
      },
    },
    ...steps.slice(readCookie + 1),
  ];
}

export const SESSION_ATTACK_FIXATION_FLOW: Flow = {
  id: 'session.attack-fixation',
  api: 'session',
  section: 'attacks',
  title: {
    en: 'Session: a planted id dies at login',
    vi: 'Session: id bị cài sẵn chết khi đăng nhập',
  },
  summary: {
    en: "The attacker signs in as Jane and plants that session id in John's browser. John logs in with it; regenerate() destroys the planted session and issues a new id, so the attacker's replay gets 401. With the lab mode \"keep the pre-login id\", the planted id would now be John's session.",
    vi: 'Kẻ tấn công đăng nhập bằng Jane và cài session id đó vào trình duyệt của John. John đăng nhập với nó; regenerate() xóa session bị cài và cấp id mới, nên lần gửi lại của kẻ tấn công nhận 401. Với lab mode "giữ session id trước đăng nhập", id bị cài sẽ trở thành session của John.',
  },
  steps: [
    ...putInPhase({ en: 'The attacker gets a real id', vi: 'Kẻ tấn công lấy một id thật' }, [
      {
        id: 'session.attack-fixation.obtain-id',
        side: 'attacker',
        from: 'attacker-site',
        to: 'session-api',
        message: keepVerbatim('POST /login (Jane, the attacker’s own account)'),
        explanation: {
          en: 'No guessing needed: the attacker asks the server for a session id by signing in to his own account, from his own server.',
          vi: 'Không cần đoán: kẻ tấn công xin server một session id bằng cách đăng nhập tài khoản của chính hắn, từ server của hắn.',
        },
        effects: [],
      },
      ...buildSessionLoginSteps().map((step) =>
        step.to === 'browser' ? { ...step, to: 'attacker-site' as const } : step,
      ),
      {
        id: 'session.attack-fixation.plant-id',
        side: 'attacker',
        from: 'attacker-site',
        to: 'browser',
        message: keepVerbatim("Set-Cookie: authlab.sid=<Jane's id> (planted)"),
        explanation: {
          en: "Planting needs a way to write a cookie for the victim's site: a sibling subdomain setting it for the parent domain, a man-in-the-middle on plain HTTP, an XSS. The lab plays this part.",
          vi: 'Để cài cookie cần một cách ghi cookie cho site của nạn nhân: một subdomain cùng domain cha, kẻ đứng giữa trên HTTP thường, một lỗi XSS. Lab đóng vai phần này.',
        },
        effects: [
          {
            location: 'cookie-jar',
            change: 'gains',
            what: { en: "authlab.sid = the attacker's id", vi: 'authlab.sid = id của kẻ tấn công' },
          },
        ],
      },
    ]),
    ...putInPhase({ en: 'John logs in', vi: 'John đăng nhập' }, [
      {
        id: 'session.attack-fixation.log-in',
        side: 'browser',
        from: 'browser',
        to: 'session-api',
        message: keepVerbatim('POST /login (John) · Cookie: authlab.sid=<planted id>'),
        explanation: {
          en: 'John sees nothing unusual: the browser sends the cookie it holds, as always.',
          vi: 'John không thấy gì bất thường: trình duyệt gửi cookie nó đang giữ, như mọi khi.',
        },
        effects: [{ location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.sid') }],
      },
      ...buildPlantedLoginSteps(),
    ]),
    ...putInPhase(
      { en: 'The attacker replays the planted id', vi: 'Kẻ tấn công gửi lại id đã cài' },
      [
        {
          id: 'session.attack-fixation.replay',
          side: 'attacker',
          from: 'attacker-site',
          to: 'session-api',
          message: keepVerbatim('GET /me · Cookie: authlab.sid=<planted id>'),
          explanation: {
            en: "From the attacker's server: would the id he planted now open John's session?",
            vi: 'Từ server của kẻ tấn công: id hắn đã cài giờ có mở được session của John không?',
          },
          effects: [],
        },
        ...buildSessionRejectSteps({
          outcome: 'missing',
          why: {
            en: 'the planted id was destroyed at login',
            vi: 'id bị cài đã bị xóa khi đăng nhập',
          },
        }).map((step) =>
          step.to === 'browser' ? { ...step, to: 'attacker-site' as const } : step,
        ),
      ],
    ),
  ],
};
