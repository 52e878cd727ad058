/**
 * The revocation-latency ledger panel's strings in both UI languages.
 */
import type { Language } from '../../../i18n/i18n.tsx';

const en = {
  intro:
    'Jane logs out; the attacker site keeps replaying her old access token and refresh token on the lab clock until the jwt-api refuses them. The figures are what the server answered. The full ledger (sessions, password change, admin disable) is generated into docs/attacks-tokens.md by the same measurement.',
  measure: 'Log out and replay (both JWT designs)',
  measuring: 'Replaying…',
  design: 'design',
  credential: 'credential',
  lastAccepted: 'last accepted replay after logout',
  replays: 'replays',
  never: 'never (refused at once)',
};

export type LedgerMessageKey = keyof typeof en;

const vi: Record<LedgerMessageKey, string> = {
  intro:
    'Jane đăng xuất; site của kẻ tấn công liên tục gửi lại access token và refresh token cũ của cô theo đồng hồ lab cho tới khi jwt-api từ chối. Các con số là câu trả lời của server. Bảng đầy đủ (session, đổi mật khẩu, admin khóa tài khoản) được sinh vào docs/vi/attacks-tokens.md bằng cùng phép đo.',
  measure: 'Đăng xuất rồi gửi lại (cả hai thiết kế JWT)',
  measuring: 'Đang gửi lại…',
  design: 'thiết kế',
  credential: 'thông tin xác thực',
  lastAccepted: 'lần gửi lại cuối còn được nhận sau logout',
  replays: 'số lần gửi',
  never: 'không lần nào (bị từ chối ngay)',
};

export const LEDGER_MESSAGES: Readonly<
  Record<Language, Readonly<Record<LedgerMessageKey, string>>>
> = { en, vi };
