/**
 * Steps the attack flows share: the attacker site serving its page, a CSRF layer refusing a
 * forged request, a request that arrives without the cookie SameSite kept home, and server
 * steps answered to the attacker's site when the attacker sent the request (replyTo).
 *
 * Flow step ids: session.csrf.check-request, jwt.csrf.check-request, session.auth.read-cookie,
 * session.auth.reject, jwt.auth.verify-token, jwt.auth.reject (server); the attacker and browser
 * ids of each attack flow.
 * Reference: OWASP CSRF Prevention Cheat Sheet; RFC 6265bis §5.4.7 (SameSite); RFC 6750 §2.1.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import type { ActorId, AttackerStep, FlowApi, ServerStep, Step } from '../types.ts';
import { buildJwtCsrfStep, buildJwtRejectStep, buildJwtVerifyTokenStep } from './jwt-steps.ts';
import { buildSessionCsrfStep, buildSessionReadCookieStep } from './session-steps.ts';

/** The attacker site sends the victim's browser a page (a different site from the web app). */
export function buildServeAttackPageStep(id: string, path: string, what: Localized): AttackerStep {
  return {
    id,
    side: 'attacker',
    from: 'attacker-site',
    to: 'browser',
    message: keepVerbatim(`200 GET http://127.0.0.1:4300${path}`),
    explanation: {
      en: `The victim, signed in to the web app, opens the attacker's page in another tab: ${what.en}`,
      vi: `Nạn nhân, đang đăng nhập vào web app, mở trang của kẻ tấn công ở một tab khác: ${what.vi}`,
    },
    effects: [],
  };
}

/** The CSRF middleware refusing a request another site started (secure default). */
export function buildCsrfRefusedStep(api: FlowApi): ServerStep {
  const step = api === 'session' ? buildSessionCsrfStep() : buildJwtCsrfStep();
  return {
    ...step,
    message: {
      en: 'Sec-Fetch-Site: cross-site → 403 csrf_rejected',
      vi: 'Sec-Fetch-Site: cross-site → 403 csrf_rejected',
    },
    explanation: {
      en: 'The first layer that fails refuses: here Fetch Metadata, since the browser says another site started the request. Switched off (a lab mode), the Origin check refuses it (Origin: http://127.0.0.1:4300 is not allowed); then the custom header, which a form or a no-cors fetch cannot add. Nothing behind this middleware runs.',
      vi: 'Lớp đầu tiên không đạt sẽ từ chối: ở đây là Fetch Metadata, vì trình duyệt báo request do site khác khởi tạo. Nếu tắt lớp này (một lab mode), kiểm tra Origin sẽ từ chối (Origin: http://127.0.0.1:4300 không được phép); tiếp theo là custom header, thứ mà form hay fetch no-cors không thể thêm. Không gì phía sau middleware này được chạy.',
    },
    outcome: 'denied',
  };
}

/** A session request that arrived without the cookie: SameSite kept it home. */
export function buildNoCookieSteps(why: Localized): ServerStep[] {
  return [
    {
      ...buildSessionReadCookieStep(),
      message: { en: 'no authlab.sid in the request', vi: 'request không có authlab.sid' },
      explanation: why,
      outcome: 'absent',
    },
    {
      id: 'session.auth.reject',
      side: 'server',
      from: 'session-api',
      to: 'browser',
      message: keepVerbatim('401 {error: {code: "unauthenticated"}}'),
      explanation: {
        en: "Nobody is signed in on this request, so nothing happens in the victim's name.",
        vi: 'Request này không mang theo ai đang đăng nhập, nên không có gì xảy ra dưới danh nghĩa nạn nhân.',
      },
      effects: [],
    },
  ];
}

/** A JWT request with no Authorization header: a browser never adds one by itself. */
export function buildNoBearerSteps(): ServerStep[] {
  return [
    {
      ...buildJwtVerifyTokenStep(),
      message: { en: 'no Authorization header', vi: 'không có header Authorization' },
      explanation: {
        en: 'The browser attaches cookies by itself, never a bearer token: only the page\'s own script adds Authorization, and the attacker\'s page does not have the token. desc="absent".',
        vi: 'Trình duyệt tự gắn cookie, nhưng không bao giờ tự gắn bearer token: chỉ script của chính trang mới thêm Authorization, và trang của kẻ tấn công không có token. desc="absent".',
      },
      outcome: 'absent',
    },
    buildJwtRejectStep(),
  ];
}

/** `steps` with every answer that went to the browser sent to `actor` instead. */
export function replyTo<T extends Step>(actor: ActorId, steps: readonly T[]): T[] {
  return steps.map((step) =>
    step.side === 'server' && step.to === 'browser' ? { ...step, to: actor } : step,
  );
}
