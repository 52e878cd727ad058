/** The XSS panel's strings in both UI languages. */
import type { Language } from '../../../i18n/i18n.tsx';

const en = {
  intro:
    "An injected script runs in this page's origin and reports to the attacker's collector on the other site. The lab injects it (a <script src> from the attacker site); the app itself has no injection point. Pick where the JWT column keeps its tokens, log in, inject, then replay what was stolen from the attacker's server as if the tab were closed.",
  storage: 'JWT tokens kept in',
  'storage.memory': 'memory + HttpOnly refresh cookie (recommended)',
  'storage.documents': "localStorage, both tokens (the documents' mode)",
  inject: 'Log in on both columns and inject the script',
  replay: "Tab closed: replay from the attacker's server",
  stolen: 'Read by the script',
  minted: 'Minted by the script (POST /refresh, cookie attached): access token {token}',
  mintRefused: 'The script called POST /refresh: {status}',
  riding: 'Acted as the user (GET /me with the cookie): {status}',
  nothing: 'Nothing: the session id is in an HttpOnly cookie.',
  replayed: '{route} with the stolen {what} → {status}',
  'replayed.none': 'Nothing to replay: the attacker never held a credential.',
  'explain.documents':
    'Both tokens stolen: the attacker refreshes from his own server for as long as the family lives (7 days here), long after the tab is closed. What limits it: nothing in the browser; rotation and reuse detection end it only when the victim refreshes too.',
  'explain.memory':
    'The refresh token could not be read (HttpOnly), but the script called /refresh itself and shipped fresh access tokens, again and again while the page is open (RFC 10017 §5.3). After the tab closes the last one works until it expires (15 min). What limits it: short lifetimes, CSP (connect-src would block the collector), and a backend-for-frontend that never gives the browser a token.',
  'explain.session':
    'Nothing to steal — but while the page was open the script acted as the user (session riding): every request it sent carried the cookie. After the tab closes the attacker has nothing to replay. HttpOnly stops theft, not abuse; CSP and output encoding stop the script.',
};

export type XssMessageKey = keyof typeof en;

const vi: Record<XssMessageKey, string> = {
  intro:
    'Một script bị chèn chạy trong origin của trang này và gửi dữ liệu về bộ thu của kẻ tấn công ở site khác. Lab chèn nó (một <script src> từ site của kẻ tấn công); bản thân app không có chỗ nào bị chèn. Chọn nơi cột JWT giữ token, đăng nhập, chèn script, rồi gửi lại những gì bị đánh cắp từ server của kẻ tấn công như thể tab đã đóng.',
  storage: 'Token JWT được giữ ở',
  'storage.memory': 'bộ nhớ + refresh cookie HttpOnly (khuyến nghị)',
  'storage.documents': 'localStorage, cả hai token (chế độ của tài liệu)',
  inject: 'Đăng nhập ở cả hai cột và chèn script',
  replay: 'Tab đã đóng: gửi lại từ server của kẻ tấn công',
  stolen: 'Script đọc được',
  minted: 'Script tự tạo (POST /refresh, cookie được gửi kèm): access token {token}',
  mintRefused: 'Script gọi POST /refresh: {status}',
  riding: 'Hành động như người dùng (GET /me kèm cookie): {status}',
  nothing: 'Không có gì: session id nằm trong cookie HttpOnly.',
  replayed: '{route} với {what} bị đánh cắp → {status}',
  'replayed.none': 'Không có gì để gửi lại: kẻ tấn công chưa từng giữ credential nào.',
  'explain.documents':
    'Cả hai token bị đánh cắp: kẻ tấn công refresh từ server của hắn chừng nào family còn sống (ở đây 7 ngày), rất lâu sau khi tab đã đóng. Điều giới hạn nó: không gì trong trình duyệt; rotation và phát hiện dùng lại chỉ chấm dứt nó khi nạn nhân cũng refresh.',
  'explain.memory':
    'Không đọc được refresh token (HttpOnly), nhưng script tự gọi /refresh và gửi đi các access token mới, lặp đi lặp lại chừng nào trang còn mở (RFC 10017 §5.3). Sau khi tab đóng, token cuối cùng vẫn dùng được tới khi hết hạn (15 phút). Điều giới hạn nó: thời hạn ngắn, CSP (connect-src sẽ chặn bộ thu), và backend-for-frontend không bao giờ đưa token cho trình duyệt.',
  'explain.session':
    'Không có gì để đánh cắp — nhưng khi trang còn mở, script hành động như người dùng (session riding): mọi request nó gửi đều mang theo cookie. Sau khi tab đóng, kẻ tấn công không có gì để gửi lại. HttpOnly chặn việc đánh cắp, không chặn việc lạm dụng; CSP và mã hóa đầu ra chặn chính script.',
};

export const XSS_MESSAGES: Readonly<Record<Language, Readonly<Record<XssMessageKey, string>>>> = {
  en,
  vi,
};
