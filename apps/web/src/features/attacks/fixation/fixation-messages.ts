/** The session fixation panel's strings in both UI languages. */
import type { Language } from '../../../i18n/i18n.tsx';

const en = {
  intro:
    "The attacker's server signs in as Jane and keeps the session id it gets. The lab then plants that id in this browser — as a sibling subdomain or a man-in-the-middle on plain HTTP could — and you log in as John. Does the attacker's id now open John's session?",
  run: 'Run the attack',
  obtained: 'The attacker obtained a session id: {id}',
  planted: 'Planted in this browser: Cookie authlab.sid={id}',
  replay: "The attacker's server replays the planted id: GET /me → {status}",
  replayUser: 'The attacker is now signed in as {name}.',
  'explain.regenerated':
    "Secure default: at login koa-session's regenerate() destroyed the planted id in the store and issued a new one. The attacker holds a dead id.",
  'explain.kept':
    'Lab mode "keep the pre-login id": the login saved John into the session the browser came with. The id the attacker planted now names John\'s session. What would stop it: a new id at every login (regenerate(), the secure default).',
  'jwt.explain':
    'JWT: login mints new tokens every time and nothing the browser held before login is reused, so there is no pre-login credential to fix. (A planted refresh cookie would simply be overwritten by the one login sets.)',
};

export type FixationMessageKey = keyof typeof en;

const vi: Record<FixationMessageKey, string> = {
  intro:
    'Server của kẻ tấn công đăng nhập bằng tài khoản Jane và giữ lại session id nhận được. Sau đó lab cài id đó vào trình duyệt này — như một subdomain cùng domain cha hoặc kẻ đứng giữa trên HTTP thường có thể làm — và bạn đăng nhập bằng John. Liệu id của kẻ tấn công giờ có mở được session của John?',
  run: 'Chạy cuộc tấn công',
  obtained: 'Kẻ tấn công đã có một session id: {id}',
  planted: 'Đã cài vào trình duyệt này: Cookie authlab.sid={id}',
  replay: 'Server của kẻ tấn công gửi lại id đã cài: GET /me → {status}',
  replayUser: 'Kẻ tấn công giờ đang đăng nhập với tư cách {name}.',
  'explain.regenerated':
    'Mặc định an toàn: khi đăng nhập, regenerate() của koa-session xóa id bị cài khỏi store và cấp id mới. Kẻ tấn công chỉ giữ một id đã chết.',
  'explain.kept':
    'Lab mode "giữ session id trước đăng nhập": lần đăng nhập lưu John vào chính session mà trình duyệt gửi lên. Id kẻ tấn công cài sẵn giờ trỏ tới session của John. Điều sẽ chặn nó: cấp id mới ở mỗi lần đăng nhập (regenerate(), mặc định an toàn).',
  'jwt.explain':
    'JWT: mỗi lần đăng nhập đều tạo token mới và không dùng lại thứ gì trình duyệt giữ trước đó, nên không có credential nào có từ trước để "cố định". (Một refresh cookie bị cài sẵn sẽ bị cookie do lần đăng nhập đặt ghi đè.)',
};

export const FIXATION_MESSAGES: Readonly<
  Record<Language, Readonly<Record<FixationMessageKey, string>>>
> = { en, vi };
