/**
 * The catalog of vulnerable lab modes: each one switches ONE defence off, so a learner can watch
 * the attack it stops get through, next to the secure default that blocks it.
 *
 * The rules every mode follows (enforced by @authlab/http/lab-modes and the APIs' config):
 * - off by default, and only available while the lab is enabled (development);
 * - refused at start-up in production (`LAB_MODES` with NODE_ENV=production or LAB_ENABLED=false);
 * - labelled wherever it acts: every response a mode affects carries the header
 *   `X-Authlab-Lab-Mode: <id>[, <id>]` (LAB_MODE_HEADER), the lab state lists the modes on, and
 *   the web app's switches say "vulnerable".
 *
 * Browser-safe: the web app, the attacker site and the APIs all read this one list.
 *
 * Teaches: defence in depth, one layer at a time: which layer stops which attack.
 *
 * Flow step ids: none (a catalog of switches; the attack flows are in flows/attack-*.ts).
 * Reference: OWASP CSRF Prevention Cheat Sheet; OWASP Session Management Cheat Sheet, "Renew the
 * Session ID After Any Privilege Level Change"; RFC 9700 §4.14.2 (refresh token reuse detection).
 */
import type { Localized } from './localized.ts';

/** The response header naming the lab modes that changed this response. */
export const LAB_MODE_HEADER = 'X-Authlab-Lab-Mode';

export type LabModeApi = 'session' | 'jwt';

export type LabModeId =
  | 'csrf-samesite-lax'
  | 'csrf-no-fetch-metadata'
  | 'csrf-no-origin-check'
  | 'csrf-no-custom-header'
  | 'fixation-keep-pre-login-id'
  | 'refresh-grace-window'
  | 'jwt-stateless-no-revocation';

export interface LabMode {
  readonly id: LabModeId;
  /** The API that implements it; the other API neither lists nor accepts it. */
  readonly api: LabModeApi;
  /** The attack it opens the door to (the Attacks area's panel id, e.g. `csrf`). */
  readonly attack: string;
  /** A short name for the switch. */
  readonly label: Localized;
  /** What the server does differently while the mode is on. */
  readonly effect: Localized;
}

export const LAB_MODES: readonly LabMode[] = [
  {
    id: 'csrf-samesite-lax',
    api: 'session',
    attack: 'csrf',
    label: { en: 'SameSite=Lax session cookie', vi: 'Cookie session SameSite=Lax' },
    effect: {
      en: 'Sessions started while this is on get SameSite=Lax instead of Strict: the browser attaches the cookie to top-level GET navigations started by another site.',
      vi: 'Session tạo khi bật chế độ này có cookie SameSite=Lax thay vì Strict: trình duyệt gửi kèm cookie khi một site khác điều hướng top-level bằng GET.',
    },
  },
  {
    id: 'csrf-no-fetch-metadata',
    api: 'session',
    attack: 'csrf',
    label: { en: 'No Fetch-Metadata check', vi: 'Bỏ kiểm tra Fetch-Metadata' },
    effect: {
      en: 'Requests with Sec-Fetch-Site: cross-site are no longer refused by this layer.',
      vi: 'Request có Sec-Fetch-Site: cross-site không còn bị lớp này từ chối.',
    },
  },
  {
    id: 'csrf-no-origin-check',
    api: 'session',
    attack: 'csrf',
    label: { en: 'No Origin check', vi: 'Bỏ kiểm tra Origin' },
    effect: {
      en: 'An Origin header outside ALLOWED_ORIGINS is no longer refused by this layer.',
      vi: 'Header Origin nằm ngoài ALLOWED_ORIGINS không còn bị lớp này từ chối.',
    },
  },
  {
    id: 'csrf-no-custom-header',
    api: 'session',
    attack: 'csrf',
    label: { en: 'No custom-header requirement', vi: 'Không bắt buộc custom header' },
    effect: {
      en: 'Unsafe requests without X-Requested-With: authlab are no longer refused by this layer.',
      vi: 'Request không an toàn thiếu X-Requested-With: authlab không còn bị lớp này từ chối.',
    },
  },
  {
    id: 'fixation-keep-pre-login-id',
    api: 'session',
    attack: 'fixation',
    label: { en: 'Keep the pre-login session id', vi: 'Giữ session id trước đăng nhập' },
    effect: {
      en: 'Login stores the user under the session id the browser came with instead of regenerating it: a planted id becomes an authenticated one.',
      vi: 'Đăng nhập lưu user vào đúng session id trình duyệt gửi lên thay vì tạo id mới: id bị cài sẵn trở thành id đã xác thực.',
    },
  },
  {
    id: 'refresh-grace-window',
    api: 'jwt',
    attack: 'two-tabs',
    label: { en: 'Refresh grace window', vi: 'Khoảng ân hạn khi refresh' },
    effect: {
      en: 'A duplicate refresh of the just-rotated token within a few seconds gets the same successor instead of revoking the family — and so does a thief who is quick enough.',
      vi: 'Refresh lặp lại bằng token vừa được xoay trong vài giây sẽ nhận cùng token kế tiếp thay vì thu hồi cả family — kẻ trộm đủ nhanh cũng vậy.',
    },
  },
  {
    id: 'jwt-stateless-no-revocation',
    api: 'jwt',
    attack: 'replay-after-logout',
    label: {
      en: "Documents' stateless JWT (no revocation check)",
      vi: 'JWT stateless như tài liệu (không kiểm tra thu hồi)',
    },
    effect: {
      en: 'Access tokens are checked for signature and claims only, refresh tokens for signature and exp only (never rotated): after a logout, a password change or a disabled account both stay valid until exp, as in the documents.',
      vi: 'Access token chỉ được kiểm tra chữ ký và claim, refresh token chỉ được kiểm tra chữ ký và exp (không xoay vòng): sau khi logout, đổi mật khẩu hay bị khóa tài khoản, cả hai vẫn hợp lệ tới exp, như trong tài liệu.',
    },
  },
];

/** A mode with its current switch, as GET /lab/modes answers it. */
export interface LabModeState extends LabMode {
  readonly on: boolean;
}

/** GET /lab/modes and PUT /lab/modes/:id: the answering API's modes. */
export interface LabModesAnswer {
  readonly modes: readonly LabModeState[];
}

const MODES_BY_ID: ReadonlyMap<string, LabMode> = new Map(LAB_MODES.map((mode) => [mode.id, mode]));

export function isLabModeId(value: string): value is LabModeId {
  return MODES_BY_ID.has(value);
}

export function getLabMode(id: LabModeId): LabMode {
  const mode = MODES_BY_ID.get(id);
  if (mode === undefined) throw new Error(`Unknown lab mode: ${id}`);
  return mode;
}

/** The modes one API implements, in catalog order. */
export function listLabModes(api: LabModeApi): readonly LabMode[] {
  return LAB_MODES.filter((mode) => mode.api === api);
}
