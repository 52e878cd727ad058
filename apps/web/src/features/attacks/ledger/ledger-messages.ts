/**
 * The revocation-latency ledger panel's strings in both UI languages.
 */
import type { Language } from '../../../i18n/i18n.tsx';

const en = {
  intro:
    'Jane logs out — or John, an admin, revokes her logins or disables her account; the attacker site keeps replaying her old access token and refresh token on the lab clock until the jwt-api refuses them. The figures are what the server answered. The full ledger (sessions, password change) is generated into docs/attacks-tokens.md by the same measurement.',
  measure: 'End Jane’s login and replay (both JWT designs, three events)',
  measuring: 'Replaying…',
  design: 'design',
  credential: 'credential',
  event: 'event',
  lastAccepted: 'last accepted replay after the event',
  replays: 'replays',
  never: 'never (refused at once)',
};

export type LedgerMessageKey = keyof typeof en;

const vi: Record<LedgerMessageKey, string> = {
  intro:
    'Jane đăng xuất — hoặc John (admin) thu hồi mọi phiên đăng nhập của cô hay khóa tài khoản của cô; site của kẻ tấn công liên tục gửi lại access token và refresh token cũ của cô theo đồng hồ lab cho tới khi jwt-api từ chối. Các con số là câu trả lời của server. Bảng đầy đủ (session, đổi mật khẩu) được sinh vào docs/vi/attacks-tokens.md bằng cùng phép đo.',
  measure: 'Kết thúc phiên của Jane rồi gửi lại (cả hai thiết kế JWT, ba sự kiện)',
  measuring: 'Đang gửi lại…',
  design: 'thiết kế',
  credential: 'thông tin xác thực',
  event: 'sự kiện',
  lastAccepted: 'lần gửi lại cuối còn được nhận sau sự kiện',
  replays: 'số lần gửi',
  never: 'không lần nào (bị từ chối ngay)',
};

export const LEDGER_MESSAGES: Readonly<
  Record<Language, Readonly<Record<LedgerMessageKey, string>>>
> = { en, vi };
