/**
 * The stolen-refresh-token panel's strings in both UI languages.
 */
import type { Language } from '../../../i18n/i18n.tsx';

const en = {
  intro:
    'Jane logs in in the documents’ mode: the refresh token comes back in the response body, where any script can read it — and an injected one sent a copy to the attacker. Who refreshes first?',
  logIn: 'Jane logs in (refresh token in the body)',
  attackerFirst: 'Attacker refreshes first, then Jane',
  victimFirst: 'Jane refreshes first, then the attacker',
  'who.attacker': 'attacker (from the attacker site)',
  'who.victim': 'Jane (this page)',
  call: '{who}: POST /refresh → {status}',
  familyTitle: 'The family in the lab view',
  family: 'family {id}: {rotations} rotations, {state}',
  'state.live': 'live',
  'state.revoked': 'revoked ({reason})',
  event: '{at} · {kind} {jti}',
  outcome:
    'Whoever refreshes second presents a spent token: reuse. The server cannot tell the thief from Jane, so the whole family is revoked and both are logged out (RFC 9700 §4.14.2).',
};

export type StolenRefreshMessageKey = keyof typeof en;

const vi: Record<StolenRefreshMessageKey, string> = {
  intro:
    'Jane đăng nhập ở chế độ của tài liệu: refresh token nằm trong body của response, nơi mọi script đều đọc được — và một script bị chèn đã gửi bản sao cho kẻ tấn công. Ai refresh trước?',
  logIn: 'Jane đăng nhập (refresh token trong body)',
  attackerFirst: 'Kẻ tấn công refresh trước, rồi tới Jane',
  victimFirst: 'Jane refresh trước, rồi tới kẻ tấn công',
  'who.attacker': 'kẻ tấn công (từ site của kẻ tấn công)',
  'who.victim': 'Jane (trang này)',
  call: '{who}: POST /refresh → {status}',
  familyTitle: 'Family trong lab view',
  family: 'family {id}: {rotations} lần xoay vòng, {state}',
  'state.live': 'còn hiệu lực',
  'state.revoked': 'bị thu hồi ({reason})',
  event: '{at} · {kind} {jti}',
  outcome:
    'Ai refresh sau sẽ gửi một token đã dùng: bị dùng lại. Server không phân biệt được kẻ trộm với Jane, nên thu hồi cả family và cả hai đều bị đăng xuất (RFC 9700 §4.14.2).',
};

export const STOLEN_REFRESH_MESSAGES: Readonly<
  Record<Language, Readonly<Record<StolenRefreshMessageKey, string>>>
> = { en, vi };
