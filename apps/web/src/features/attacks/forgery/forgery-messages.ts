/**
 * The forgery panel's strings in both UI languages (test/features/attacks checks the keys match).
 */
import type { Language } from '../../../i18n/i18n.tsx';

const en = {
  intro:
    'Jane, an ordinary user, wants to be admin. Each forged token is built in this page from her genuine access token; edit its header and payload as on jwt.io, then send it to the lab’s deliberately vulnerable verifier (VULNERABLE, lab only) and to the real jwt-api side by side.',
  prepare: 'Log in as Jane and prepare the attacks',
  pick: 'Forgery',
  header: 'Header',
  payload: 'Payload',
  send: 'Sign and send to both',
  badJson: 'The header and the payload must be JSON objects.',
  notInMode: 'This forgery needs the real API in {modes} mode.',
  vulnerable: 'Vulnerable verifier (lab only)',
  real: 'Real jwt-api: GET /users',
  accepted: 'ACCEPTED',
  refused: 'refused ({reason})',
  mistakes: 'Its mistake: {mistakes}',
  keySource: 'Key from: {source}',
  realStatus: 'HTTP {status}',
  refusedAt: 'Refused at {step} — {rule}, RFC 8725 §{sections}',
  'rule.algorithm-allowlist': 'the algorithm allowlist (the server picks the algorithm)',
  'rule.key-lookup': 'the key lookup (kid in a fixed table; jwk, jku ignored)',
  'rule.signature': 'the signature check',
  'crack.title': 'Cracking an HS256 secret offline',
  'crack.run': 'Crack both secrets',
  'crack.weak':
    'The vulnerable service’s token: "{secret}" found after {tried} guesses in {ms} ms.',
  'crack.real':
    'The real API’s token: {tried} guesses in {ms} ms, no match — {rate} guesses per second on this machine.',
  'crack.math':
    'A 256-bit random key needs 2^255 ≈ 10^{guesses} guesses on average: at that rate about 10^{years} years, 10^{ages} times the age of the universe.',
};

export type ForgeryMessageKey = keyof typeof en;

const vi: Record<ForgeryMessageKey, string> = {
  intro:
    'Jane, một người dùng thường, muốn thành admin. Mỗi token giả được tạo ngay trong trang từ access token thật của cô; sửa header và payload như trên jwt.io, rồi gửi đồng thời tới bộ xác minh cố tình có lỗ hổng của lab (VULNERABLE, chỉ có trong lab) và tới jwt-api thật.',
  prepare: 'Đăng nhập bằng Jane và chuẩn bị các cuộc tấn công',
  pick: 'Kiểu giả mạo',
  header: 'Header',
  payload: 'Payload',
  send: 'Ký và gửi tới cả hai',
  badJson: 'Header và payload phải là object JSON.',
  notInMode: 'Kiểu giả mạo này cần API thật chạy ở chế độ {modes}.',
  vulnerable: 'Bộ xác minh có lỗ hổng (chỉ trong lab)',
  real: 'jwt-api thật: GET /users',
  accepted: 'CHẤP NHẬN',
  refused: 'từ chối ({reason})',
  mistakes: 'Lỗi của nó: {mistakes}',
  keySource: 'Khóa lấy từ: {source}',
  realStatus: 'HTTP {status}',
  refusedAt: 'Bị từ chối ở {step} — {rule}, RFC 8725 §{sections}',
  'rule.algorithm-allowlist': 'danh sách thuật toán cho phép (server chọn thuật toán)',
  'rule.key-lookup': 'bước tìm khóa (kid trong bảng cố định; bỏ qua jwk, jku)',
  'rule.signature': 'bước kiểm tra chữ ký',
  'crack.title': 'Dò secret HS256 ngoại tuyến',
  'crack.run': 'Dò cả hai secret',
  'crack.weak':
    'Token của dịch vụ có lỗ hổng: tìm ra "{secret}" sau {tried} lần đoán trong {ms} ms.',
  'crack.real':
    'Token của API thật: {tried} lần đoán trong {ms} ms, không khớp — {rate} lần đoán mỗi giây trên máy này.',
  'crack.math':
    'Một khóa ngẫu nhiên 256 bit cần trung bình 2^255 ≈ 10^{guesses} lần đoán: với tốc độ đó mất khoảng 10^{years} năm, gấp 10^{ages} lần tuổi của vũ trụ.',
};

export const FORGERY_MESSAGES: Readonly<
  Record<Language, Readonly<Record<ForgeryMessageKey, string>>>
> = { en, vi };
