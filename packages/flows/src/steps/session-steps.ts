/**
 * The session API's server steps that several flows share: the CSRF check, reading and loading
 * the session (success and refusal), and the login sequence.
 *
 * Step ids: session.csrf.check-request, session.auth.*, session.login.*.
 * Reference: OWASP Session Management Cheat Sheet; OWASP CSRF Prevention Cheat Sheet;
 * RFC 6265 §4.1.2 (cookie attributes).
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import type { ServerStep, StepOutcome } from '../types.ts';
import { type Place, SESSION_PLACE } from './step-helpers.ts';

export function buildSessionCsrfStep(place: Place = SESSION_PLACE): ServerStep {
  return {
    id: 'session.csrf.check-request',
    side: 'server',
    from: place.api,
    to: place.api,
    message: {
      en: 'check X-Requested-With, Sec-Fetch-Site, Origin',
      vi: 'kiểm tra X-Requested-With, Sec-Fetch-Site, Origin',
    },
    explanation: {
      en: 'A state-changing request must come from the app itself: a cross-site page cannot add the custom X-Requested-With header without a CORS preflight, and Sec-Fetch-Site/Origin name the sender. Otherwise 403 csrf_rejected (OWASP CSRF Prevention CS).',
      vi: 'Request làm thay đổi trạng thái phải đến từ chính app: trang web của site khác không thể thêm header tự đặt X-Requested-With mà không qua CORS preflight, còn Sec-Fetch-Site/Origin cho biết ai gửi. Nếu không thì trả 403 csrf_rejected (OWASP CSRF Prevention CS).',
    },
    effects: [
      {
        location: 'header',
        change: 'reads',
        what: keepVerbatim('X-Requested-With, Sec-Fetch-Site, Origin'),
      },
    ],
  };
}

export function buildSessionReadCookieStep(place: Place = SESSION_PLACE): ServerStep {
  return {
    id: 'session.auth.read-cookie',
    side: 'server',
    from: place.api,
    to: place.api,
    message: {
      en: 'read authlab.sid from the Cookie header',
      vi: 'đọc authlab.sid trong header Cookie',
    },
    explanation: {
      en: 'The browser attached the cookie by itself. It holds only a random id, no user data; without a cookie the step reports desc="absent" and the request is refused.',
      vi: 'Trình duyệt tự gắn cookie vào request. Cookie chỉ chứa một id ngẫu nhiên, không có dữ liệu người dùng; không có cookie thì bước này báo desc="absent" và request bị từ chối.',
    },
    effects: [{ location: 'header', change: 'reads', what: keepVerbatim('Cookie: authlab.sid') }],
  };
}

export function buildSessionLoadStep(place: Place = SESSION_PLACE): ServerStep {
  return {
    id: 'session.auth.load-session',
    side: 'server',
    from: place.api,
    to: place.store,
    message: {
      en: 'load session by id, check deadlines',
      vi: 'tải session theo id, kiểm tra các mốc hết hạn',
    },
    explanation: {
      en: "Everything the server trusts is in its own store, found by the id's keyed hash (one HMAC per request). A session past its idle (30 min) or absolute (8 h) deadline counts as gone; a live one slides its idle deadline (OWASP Session Management CS, 'Session Expiration').",
      vi: "Mọi thứ server tin đều nằm trong store của chính nó, tìm theo HMAC của id (mỗi request một lần HMAC). Session đã quá hạn không hoạt động (30 phút) hoặc hạn tuyệt đối (8 giờ) coi như không còn; session còn sống thì hạn không hoạt động được lùi thêm (OWASP Session Management CS, 'Session Expiration').",
    },
    effects: [
      {
        location: 'server-store',
        change: 'reads',
        what: { en: 'session entry {user id, name, role}', vi: 'session {user id, tên, role}' },
      },
      {
        location: 'server-store',
        change: 'changes',
        what: {
          en: 'idle deadline slides +30 min',
          vi: 'hạn không hoạt động lùi thêm 30 phút',
        },
      },
    ],
  };
}

/** The refusal path: the id no longer leads to a live session. */
export function buildSessionRejectSteps({
  outcome,
  why,
  place = SESSION_PLACE,
}: {
  outcome: Extract<StepOutcome, 'missing' | 'expired'>;
  why: Localized;
  place?: Place;
}): ServerStep[] {
  return [
    buildSessionReadCookieStep(place),
    {
      id: 'session.auth.load-session',
      side: 'server',
      from: place.api,
      to: place.store,
      message: {
        en: `load session by id → ${outcome}`,
        vi: `tải session theo id → ${outcome}`,
      },
      explanation: {
        en: `The store answers: ${why.en}. The cookie the browser still sends is now a dead key.`,
        vi: `Store trả lời: ${why.vi}. Cookie mà trình duyệt vẫn gửi giờ là một chiếc chìa khóa không mở được gì.`,
      },
      effects: [
        {
          location: 'server-store',
          change: 'reads',
          what: { en: `${why.en} (${outcome})`, vi: `${why.vi} (${outcome})` },
        },
      ],
      outcome,
    },
    {
      id: 'session.auth.reject',
      side: 'server',
      from: place.api,
      to: 'browser',
      message: keepVerbatim('401 {error: {code: "unauthenticated"}}'),
      explanation: {
        en: 'Refused before any route code runs. One answer for a missing, expired or destroyed session, so the response tells an attacker nothing about why.',
        vi: 'Bị từ chối trước khi code của route chạy. Session không có, hết hạn hay đã bị xóa đều nhận cùng một câu trả lời, nên kẻ tấn công không biết được lý do.',
      },
      effects: [],
    },
  ];
}
