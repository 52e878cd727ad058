/**
 * The CSRF panel's strings in both UI languages (test/features/attacks checks the keys match).
 */
import type { Language } from '../../../i18n/i18n.tsx';

const en = {
  intro:
    'You (John) are signed in here; the attacker site sends requests to the same APIs in your name. Log in, then run one attack and read what each server did.',
  logIn: 'Log in as John on both columns',
  'run.form': 'Forged form (POST /logout-all)',
  'run.fetch': 'fetch() from the attacker (POST /logout-all, POST /refresh)',
  'run.navigate': 'Top-level GET /me (session)',
  'run.navigate-jwt': 'Top-level GET /me (JWT)',
  waiting: 'Waiting for the servers…',
  stillSignedIn: 'Afterwards, GET /me from this page: {status}',
  'explain.cross-site':
    'Fetch Metadata: the browser said Sec-Fetch-Site: cross-site, and the server refused (403) before any cookie was looked at.',
  'explain.origin':
    'Origin check: the request came from {origin}, which is not in ALLOWED_ORIGINS (403).',
  'explain.header':
    'Custom header: a form or a no-cors fetch from another site cannot add X-Requested-With without a preflight the API never answers (403).',
  'explain.no-cookie':
    'SameSite: the browser did not attach the cookie to a request another site started, so the server saw nobody (401).',
  'explain.no-bearer':
    'No bearer header: a browser attaches cookies by itself, never an Authorization header, so the JWT API saw no token (401). The refresh cookie is the exception — which is why /refresh runs the same CSRF checks.',
  'explain.through':
    'It went through: the cookie rode along and the server acted as you ({status}). A SameSite=Lax cookie rides on top-level GETs — harmless only while no GET changes state.',
  'explain.other': 'Answered {status}.',
  would:
    'Each layer alone stops these forged POSTs; switch them off one at a time above to see the next one take over. With SameSite=Lax (log in again after switching it on) a top-level GET carries the cookie.',
};

export type CsrfMessageKey = keyof typeof en;

const vi: Record<CsrfMessageKey, string> = {
  intro:
    'Bạn (John) đang đăng nhập ở đây; site của kẻ tấn công gửi request tới cùng các API dưới danh nghĩa của bạn. Đăng nhập, chạy một cuộc tấn công rồi đọc xem mỗi server đã làm gì.',
  logIn: 'Đăng nhập John ở cả hai cột',
  'run.form': 'Form giả mạo (POST /logout-all)',
  'run.fetch': 'fetch() từ kẻ tấn công (POST /logout-all, POST /refresh)',
  'run.navigate': 'GET /me top-level (session)',
  'run.navigate-jwt': 'GET /me top-level (JWT)',
  waiting: 'Đang chờ server…',
  stillSignedIn: 'Sau đó, GET /me từ trang này: {status}',
  'explain.cross-site':
    'Fetch Metadata: trình duyệt báo Sec-Fetch-Site: cross-site và server từ chối (403) trước khi xem tới cookie.',
  'explain.origin':
    'Kiểm tra Origin: request đến từ {origin}, không nằm trong ALLOWED_ORIGINS (403).',
  'explain.header':
    'Custom header: form hay fetch no-cors từ site khác không thể thêm X-Requested-With nếu không có preflight, mà API không bao giờ trả lời preflight (403).',
  'explain.no-cookie':
    'SameSite: trình duyệt không gửi kèm cookie với request do site khác khởi tạo, nên server không thấy ai cả (401).',
  'explain.no-bearer':
    'Không có bearer header: trình duyệt tự gửi cookie, nhưng không bao giờ tự gửi header Authorization, nên JWT API không thấy token nào (401). Refresh cookie là ngoại lệ — vì thế /refresh chạy cùng các kiểm tra CSRF.',
  'explain.through':
    'Request đã lọt qua: cookie được gửi kèm và server hành động như chính bạn ({status}). Cookie SameSite=Lax đi kèm các GET top-level — chỉ vô hại khi không GET nào thay đổi trạng thái.',
  'explain.other': 'Trả lời {status}.',
  would:
    'Mỗi lớp riêng lẻ đều chặn được các POST giả mạo này; tắt lần lượt từng lớp ở trên để thấy lớp kế tiếp thay thế. Với SameSite=Lax (đăng nhập lại sau khi bật), một GET top-level mang theo cookie.',
};

export const CSRF_MESSAGES: Readonly<Record<Language, Readonly<Record<CsrfMessageKey, string>>>> = {
  en,
  vi,
};
