/**
 * Where authentication state lives, for the web app's "where state lives" panels (document 004,
 * "Data Storage Comparison"): which side each place is on, whether page scripts can read it,
 * whether it survives a reload, whether the browser sends it by itself — and what each mode puts
 * there after login.
 *
 * Teaches: the security of a credential is mostly decided by where it is kept.
 * Reference: OWASP HTML5 Security CS ("Local Storage"); RFC 6265 §4.1.2.5–4.1.2.6 (Secure,
 * HttpOnly); OWASP Session Management CS; OWASP JWT CS ("Token Storage on Client Side").
 */
import type { Localized } from './localized.ts';
import type { StorageLocationId } from './types.ts';

export interface StorageLocation {
  readonly id: StorageLocationId;
  readonly label: Localized;
  readonly side: 'browser' | 'in-transit' | 'server';
  /** Can any script running on the page (including injected script) read it? */
  readonly readableByScripts: boolean;
  readonly survivesReload: boolean;
  /** Does the browser attach it to requests by itself (and so expose it to CSRF)? */
  readonly sentAutomatically: boolean;
  readonly description: Localized;
  /** What it holds after login, per API and mode; empty when nothing. */
  readonly holds: {
    readonly session: readonly Localized[];
    readonly jwt: readonly Localized[];
    readonly jwtDocuments: readonly Localized[];
  };
}

export const STORAGE_LOCATIONS: Readonly<Record<StorageLocationId, StorageLocation>> = {
  'cookie-jar': {
    id: 'cookie-jar',
    label: { en: 'Cookie jar', vi: 'Cookie jar' },
    side: 'browser',
    readableByScripts: false,
    survivesReload: true,
    sentAutomatically: true,
    description: {
      en: 'Cookies set with HttpOnly are invisible to document.cookie; SameSite=Strict keeps them off cross-site requests.',
      vi: 'Cookie đặt với HttpOnly không hiện ra trong document.cookie; SameSite=Strict giữ chúng không đi theo request từ site khác.',
    },
    holds: {
      session: [
        {
          en: 'authlab.sid: a random session id (HttpOnly, SameSite=Strict, Path=/)',
          vi: 'authlab.sid: một session id ngẫu nhiên (HttpOnly, SameSite=Strict, Path=/)',
        },
      ],
      jwt: [
        {
          en: 'authlab.rt: the refresh token (HttpOnly, SameSite=Strict, Path=/refresh)',
          vi: 'authlab.rt: refresh token (HttpOnly, SameSite=Strict, Path=/refresh)',
        },
      ],
      jwtDocuments: [],
    },
  },
  memory: {
    id: 'memory',
    label: { en: 'Page memory (a JS variable)', vi: 'Bộ nhớ của trang (một biến JS)' },
    side: 'browser',
    readableByScripts: true,
    survivesReload: false,
    sentAutomatically: false,
    description: {
      en: 'Gone on reload or in a new tab; the refresh cookie restores it. Script in the page can use it while it runs, but there is no store to list and copy.',
      vi: 'Mất khi tải lại trang hoặc mở tab mới; refresh cookie sẽ lấy lại nó. Script trong trang dùng được nó khi đang chạy, nhưng không có kho nào để liệt kê và sao chép.',
    },
    holds: {
      session: [],
      jwt: [{ en: 'access token (15 min)', vi: 'access token (15 phút)' }],
      jwtDocuments: [],
    },
  },
  'local-storage': {
    id: 'local-storage',
    label: { en: 'localStorage', vi: 'localStorage' },
    side: 'browser',
    readableByScripts: true,
    survivesReload: true,
    sentAutomatically: false,
    description: {
      en: 'Readable by every script of the origin and kept until deleted: one XSS copies everything in it.',
      vi: 'Mọi script cùng origin đều đọc được và dữ liệu nằm đó tới khi bị xóa: chỉ một lỗ hổng XSS là sao chép được tất cả.',
    },
    holds: {
      session: [],
      jwt: [],
      jwtDocuments: [
        { en: 'access_token (1 h)', vi: 'access_token (1 giờ)' },
        { en: 'refresh_token (168 h)', vi: 'refresh_token (168 giờ)' },
        { en: 'user_data', vi: 'user_data' },
      ],
    },
  },
  header: {
    id: 'header',
    label: { en: 'HTTP headers (per request)', vi: 'HTTP header (theo từng request)' },
    side: 'in-transit',
    readableByScripts: false,
    survivesReload: false,
    sentAutomatically: false,
    description: {
      en: 'What travels with each request or response: Cookie, Authorization, Set-Cookie.',
      vi: 'Những gì đi kèm mỗi request hoặc response: Cookie, Authorization, Set-Cookie.',
    },
    holds: {
      session: [
        {
          en: 'Cookie: authlab.sid (added by the browser)',
          vi: 'Cookie: authlab.sid (do trình duyệt tự thêm)',
        },
      ],
      jwt: [
        {
          en: 'Authorization: Bearer <access token> (added by the page)',
          vi: 'Authorization: Bearer <access token> (do trang tự thêm)',
        },
      ],
      jwtDocuments: [
        {
          en: 'Authorization: Bearer <access token> (read from localStorage)',
          vi: 'Authorization: Bearer <access token> (đọc từ localStorage)',
        },
      ],
    },
  },
  'server-store': {
    id: 'server-store',
    label: { en: 'Session store', vi: 'Session store' },
    side: 'server',
    readableByScripts: false,
    survivesReload: true,
    sentAutomatically: false,
    description: {
      en: 'Memory of one server, or Redis shared by all servers (REDIS_URL).',
      vi: 'Bộ nhớ của một server, hoặc Redis dùng chung cho mọi server (REDIS_URL).',
    },
    holds: {
      session: [
        {
          en: 'session entry: user id, name, role, created, last seen, idle and absolute deadlines',
          vi: 'session: user id, tên, role, lúc tạo, lần cuối thấy, hạn không hoạt động và hạn tuyệt đối',
        },
      ],
      jwt: [],
      jwtDocuments: [],
    },
  },
  'revocation-store': {
    id: 'revocation-store',
    label: { en: 'Revocation store', vi: 'Revocation store' },
    side: 'server',
    readableByScripts: false,
    survivesReload: true,
    sentAutomatically: false,
    description: {
      en: 'Small and short-lived: denylisted jtis until their exp, refresh families until they end, credential floors for one access-token lifetime.',
      vi: 'Nhỏ và sống ngắn: các jti trong denylist tới exp của chúng, các refresh family tới khi kết thúc, mức ver tối thiểu trong một vòng đời access token.',
    },
    holds: {
      session: [],
      jwt: [
        {
          en: 'refresh family: user, current jti, expiry (30 days)',
          vi: 'refresh family: user, jti hiện tại, hạn (30 ngày)',
        },
        { en: 'denylisted jtis (after logout)', vi: 'các jti trong denylist (sau khi đăng xuất)' },
        {
          en: 'credential floors: tokens with a lower ver are refused (logout-all, password change, disabling)',
          vi: 'mức ver tối thiểu: token có ver thấp hơn bị từ chối (logout-all, đổi mật khẩu, khóa tài khoản)',
        },
      ],
      jwtDocuments: [
        {
          en: 'refresh family (the API still tracks it)',
          vi: 'refresh family (API vẫn theo dõi nó)',
        },
      ],
    },
  },
  'users-db': {
    id: 'users-db',
    label: { en: 'Users database', vi: 'Database users' },
    side: 'server',
    readableByScripts: false,
    survivesReload: true,
    sentAutomatically: false,
    description: {
      en: 'The same SQLite database for both APIs; hashes never leave it.',
      vi: 'Cùng một database SQLite cho cả hai API; hash không bao giờ ra khỏi đó.',
    },
    holds: {
      session: [
        {
          en: 'users, scrypt password hashes, roles, disabled flags',
          vi: 'user, hash mật khẩu scrypt, role, cờ bị khóa',
        },
      ],
      jwt: [
        {
          en: 'users, scrypt password hashes, roles, credential versions',
          vi: 'user, hash mật khẩu scrypt, role, credential version',
        },
      ],
      jwtDocuments: [
        {
          en: 'users, scrypt password hashes, roles, credential versions',
          vi: 'user, hash mật khẩu scrypt, role, credential version',
        },
      ],
    },
  },
};
