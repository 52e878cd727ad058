/**
 * The Attacks area's own strings (the frame, the lab-mode switches, the journal) in both UI
 * languages, kept beside the feature like the cluster view's; each attack panel keeps its own
 * catalog in its folder. test/features/attacks checks that both languages have every key.
 */
import type { Language } from '../../i18n/i18n.tsx';

const en = {
  open: 'Attacks',
  back: 'Back to the lab',
  title: 'Attacks',
  intro:
    'Each attack runs against both columns from a real second site (the attacker site, {attacker}). The switches marked VULNERABLE turn one defence off on the server (a lab mode): off by default, development only, and named in the X-Authlab-Lab-Mode header of every response they change.',
  'modes.title': 'Lab modes (vulnerable)',
  'modes.vulnerable': 'VULNERABLE',
  'modes.unreachable': 'The {side} API is not answering. Start everything with `npm start`.',
  'journal.title': 'What the server did',
  'journal.empty': 'No request yet.',
  'journal.labMode': 'lab mode: {modes}',
  'journal.csrf': 'refused by: {layer}',
  'loot.title': 'What the attacker got',
  'loot.empty': 'Nothing.',
  'loot.unreachable':
    'The attacker site ({attacker}) is not answering. `npm start` starts it; see docs/attacks.md.',
  stopped: 'What stopped it',
  would: 'What would',
  'side.session': 'Session',
  'side.jwt': 'JWT',
};

export type AttacksMessageKey = keyof typeof en;

const vi: Record<AttacksMessageKey, string> = {
  open: 'Tấn công',
  back: 'Quay lại lab',
  title: 'Tấn công',
  intro:
    'Mỗi cuộc tấn công chạy trên cả hai cột từ một site thứ hai thật (site của kẻ tấn công, {attacker}). Các công tắc ghi VULNERABLE tắt một lớp phòng thủ trên server (một lab mode): mặc định tắt, chỉ có ở môi trường phát triển, và được ghi tên trong header X-Authlab-Lab-Mode của mọi response mà nó làm thay đổi.',
  'modes.title': 'Lab mode (có lỗ hổng)',
  'modes.vulnerable': 'VULNERABLE',
  'modes.unreachable': 'API {side} không trả lời. Khởi động mọi thứ bằng `npm start`.',
  'journal.title': 'Server đã làm gì',
  'journal.empty': 'Chưa có request nào.',
  'journal.labMode': 'lab mode: {modes}',
  'journal.csrf': 'bị chặn bởi: {layer}',
  'loot.title': 'Kẻ tấn công lấy được gì',
  'loot.empty': 'Không có gì.',
  'loot.unreachable':
    'Site của kẻ tấn công ({attacker}) không trả lời. `npm start` sẽ khởi động nó; xem docs/vi/attacks.md.',
  stopped: 'Điều gì đã chặn nó',
  would: 'Điều gì sẽ chặn',
  'side.session': 'Session',
  'side.jwt': 'JWT',
};

export const ATTACKS_MESSAGES: Readonly<
  Record<Language, Readonly<Record<AttacksMessageKey, string>>>
> = { en, vi };
