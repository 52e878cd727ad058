/**
 * The JWT API's refresh steps, shared by the refresh, expiry and reuse flows: POST /refresh that
 * rotates the refresh token, POST /refresh refused, and refused as reuse.
 *
 * Step ids: jwt.refresh.*.
 * Reference: RFC 9700 §4.14.2 (refresh-token rotation and reuse detection); RFC 6749 §6.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import type { ServerStep, StepOutcome } from '../types.ts';
import { buildJwtCsrfStep } from './jwt-steps.ts';
import {
  adjustStep,
  describeExpiredCookie,
  describeExpiredCookieEffect,
  JWT_PLACE,
  type Place,
} from './step-helpers.ts';

/** POST /refresh up to the rotated tokens (success path). */
export function buildJwtRefreshSteps(place: Place = JWT_PLACE): ServerStep[] {
  return [
    buildJwtCsrfStep(place),
    buildJwtReadRefreshStep(place),
    {
      id: 'jwt.refresh.verify-refresh-token',
      side: 'server',
      from: place.api,
      to: place.store,
      message: {
        en: 'verify refresh token; family live, jti current?',
        vi: 'kiểm tra refresh token; family còn sống, jti là token hiện tại?',
      },
      explanation: {
        en: 'Signature, typ rt+jwt, aud, exp, ver; the family exists, is not revoked, is under 30 days old, and this jti is its current token. A spent jti coming back means a copy exists: the whole family is revoked (desc="reused", RFC 9700 §4.14.2).',
        vi: 'Chữ ký, typ rt+jwt, aud, exp, ver; family còn tồn tại, chưa bị thu hồi, chưa quá 30 ngày, và jti này đúng là token hiện tại của nó. Một jti đã dùng rồi mà quay lại nghĩa là có bản sao: cả family bị thu hồi (desc="reused", RFC 9700 §4.14.2).',
      },
      effects: [
        {
          location: 'users-db',
          change: 'reads',
          what: {
            en: 'user: disabled? credential version (ver)',
            vi: 'user: bị khóa? credential version (ver)',
          },
        },
        { location: 'revocation-store', change: 'reads', what: keepVerbatim('refresh family') },
      ],
    },
    {
      id: 'jwt.refresh.rotate',
      side: 'server',
      from: place.api,
      to: place.store,
      message: {
        en: 'record a new current jti: the old refresh token is spent',
        vi: 'ghi jti mới làm token hiện tại: refresh token cũ coi như đã dùng',
      },
      explanation: {
        en: 'Rotation: every refresh token works once. A thief who copied it either gets nothing or, by using it first, makes the next legitimate refresh look like reuse and revoke the family.',
        vi: 'Xoay vòng (rotation): mỗi refresh token chỉ dùng được một lần. Kẻ trộm có bản sao hoặc chẳng được gì, hoặc nếu dùng trước thì lần refresh hợp lệ tiếp theo bị coi là dùng lại, và cả family bị thu hồi.',
      },
      effects: [
        {
          location: 'revocation-store',
          change: 'changes',
          what: { en: 'family: current jti → new one', vi: 'family: jti hiện tại → jti mới' },
        },
      ],
    },
    {
      id: 'jwt.refresh.sign-access-token',
      side: 'server',
      from: place.api,
      to: place.api,
      message: { en: 'sign a new access token (15 min)', vi: 'ký access token mới (15 phút)' },
      explanation: {
        en: 'Same claims as at login, a new jti and a new exp.',
        vi: 'Claim giống lúc đăng nhập, jti mới và exp mới.',
      },
      effects: [],
    },
    {
      id: 'jwt.refresh.respond',
      side: 'server',
      from: place.api,
      to: 'browser',
      message: keepVerbatim(
        '200 {access_token, expires_in: 900} + Set-Cookie: authlab.rt=<rotated>; Path=/refresh; HttpOnly; SameSite=Strict',
      ),
      explanation: {
        en: 'The new access token in the body, the new refresh token in the same HttpOnly cookie (004 returned no new refresh token: a reusable long-lived credential).',
        vi: 'Access token mới nằm trong body, refresh token mới nằm trong chính cookie HttpOnly đó (004 không trả refresh token mới: một credential sống lâu và dùng lại được nhiều lần).',
      },
      effects: [
        {
          location: 'header',
          change: 'gains',
          what: {
            en: 'new access_token; Set-Cookie: rotated authlab.rt',
            vi: 'access_token mới; Set-Cookie: authlab.rt đã xoay vòng',
          },
        },
      ],
    },
  ];
}

function buildJwtReadRefreshStep(place: Place): ServerStep {
  return {
    id: 'jwt.refresh.read-refresh-token',
    side: 'server',
    from: place.api,
    to: place.api,
    message: {
      en: 'read authlab.rt from the Cookie header',
      vi: 'đọc authlab.rt trong header Cookie',
    },
    explanation: {
      en: 'The browser sends the cookie by itself, and only to /refresh (Path=/refresh). In the labelled body mode it comes as {refresh_token} instead. Missing → desc="absent".',
      vi: 'Trình duyệt tự gửi cookie, và chỉ gửi tới /refresh (Path=/refresh). Ở chế độ body (có gắn nhãn), nó đến dưới dạng {refresh_token}. Không có → desc="absent".',
    },
    effects: [{ location: 'header', change: 'reads', what: keepVerbatim('Cookie: authlab.rt') }],
  };
}

/** POST /refresh refused: the steps up to the failing one, then jwt.refresh.reject. */
export function buildJwtRefreshRejectSteps(
  outcome: Extract<StepOutcome, 'missing' | 'expired' | 'reused' | 'denied'>,
  why: Localized,
  place: Place = JWT_PLACE,
): ServerStep[] {
  return [
    buildJwtCsrfStep(place),
    buildJwtReadRefreshStep(place),
    {
      id: 'jwt.refresh.verify-refresh-token',
      side: 'server',
      from: place.api,
      to: place.store,
      message: {
        en: `verify refresh token → ${outcome}`,
        vi: `kiểm tra refresh token → ${outcome}`,
      },
      explanation: { en: `Refused: ${why.en}.`, vi: `Bị từ chối: ${why.vi}.` },
      effects: [
        {
          location: 'revocation-store',
          change: 'reads',
          what: { en: `refresh family: ${why.en}`, vi: `refresh family: ${why.vi}` },
        },
      ],
      outcome,
    },
    {
      id: 'jwt.refresh.reject',
      side: 'server',
      from: place.api,
      to: 'browser',
      message: keepVerbatim(`401 invalid_token + ${describeExpiredCookie('authlab.rt')}`),
      explanation: {
        en: 'One answer for every refusal, and the dead cookie is expired (an empty value dated 1970). The client must not retry (that would loop); it shows the login form.',
        vi: 'Mọi lần từ chối chung một câu trả lời, và cookie vô dụng bị xóa (giá trị rỗng, hạn năm 1970). Client không được thử lại (sẽ lặp vô hạn); nó hiện form đăng nhập.',
      },
      effects: [describeExpiredCookieEffect('authlab.rt')],
    },
  ];
}

/** POST /refresh with a spent token: reuse, so the whole family is revoked (RFC 9700 §4.14.2). */
export function buildJwtRefreshReuseSteps(why: Localized, place: Place = JWT_PLACE): ServerStep[] {
  return adjustStep(
    buildJwtRefreshRejectSteps('reused', why, place),
    'jwt.refresh.verify-refresh-token',
    {
      effects: [
        {
          location: 'revocation-store',
          change: 'changes',
          what: {
            en: 'refresh family: revoked (reuse)',
            vi: 'refresh family: bị thu hồi (dùng lại)',
          },
        },
      ],
    },
  );
}
