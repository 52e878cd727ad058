/**
 * Password change on the JWT API: Jane re-enters her current password, sets a new one, and her
 * credential version goes up, so every access and refresh token she (or a thief) holds is refused.
 *
 * Step ids: jwt.password.*, jwt.revoke.bump-credential-version, jwt.auth.* (server); browser
 * steps jwt.password-change.*.
 * Reference: OWASP Authentication CS ("Require re-authentication for sensitive features");
 * ASVS V3.3.3.
 */
import { keepVerbatim } from '../localized.ts';
import { buildJwtAuthSteps, buildJwtCsrfStep } from '../steps/jwt-steps.ts';
import { buildBumpCredentialVersionStep } from '../steps/revoke-steps.ts';
import { describeExpiredCookie, describeExpiredCookieEffect } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';
import { buildPasswordSteps, SUBMIT_EXPLANATION, WHY } from './password-change.ts';

export const JWT_PASSWORD_CHANGE_FLOW: Flow = {
  id: 'jwt.password-change',
  api: 'jwt',
  section: 'password-change',
  title: { en: 'JWT: change password', vi: 'JWT: đổi mật khẩu' },
  summary: {
    en: 'Jane sends her current and new password. The server re-checks the current one, stores the new hash and raises her credential version, so every access and refresh token she (or a thief) holds is refused from now on. She logs in again with the new password. Without the version, stolen tokens would outlive the password change until they expire.',
    vi: 'Jane gửi mật khẩu hiện tại và mật khẩu mới. Server kiểm tra lại mật khẩu hiện tại, lưu hash mới và tăng credential version của cô, nên từ giờ mọi access token và refresh token mà cô (hay kẻ trộm) đang giữ đều bị từ chối. Cô đăng nhập lại bằng mật khẩu mới. Không có version này thì token bị đánh cắp vẫn sống tiếp sau khi đổi mật khẩu, cho tới khi hết hạn.',
  },
  steps: [
    {
      id: 'jwt.password-change.submit',
      side: 'browser',
      from: 'browser',
      to: 'jwt-api',
      message: keepVerbatim('POST /me/password {current_password, new_password} + Bearer'),
      explanation: SUBMIT_EXPLANATION,
      effects: [{ location: 'memory', change: 'reads', what: keepVerbatim('access token') }],
    },
    buildJwtCsrfStep(),
    ...buildJwtAuthSteps(),
    ...buildPasswordSteps('jwt', 'jwt-api'),
    buildBumpCredentialVersionStep('Jane', WHY),
    {
      id: 'jwt.password.respond',
      side: 'server',
      from: 'jwt-api',
      to: 'browser',
      message: keepVerbatim(`200 {success} + ${describeExpiredCookie('authlab.rt')}`),
      explanation: {
        en: 'Every token of Jane now carries an outdated ver, this one included; the refresh cookie is expired too.',
        vi: 'Mọi token của Jane giờ mang ver đã lỗi thời, kể cả token này; refresh cookie cũng bị xóa.',
      },
      effects: [describeExpiredCookieEffect('authlab.rt')],
    },
    {
      id: 'jwt.password-change.log-in-again',
      side: 'browser',
      from: 'browser',
      to: 'browser',
      message: {
        en: 'drop the tokens; show the login form',
        vi: 'bỏ các token; hiện form đăng nhập',
      },
      explanation: {
        en: 'Jane logs in with the new password and gets tokens with the new version.',
        vi: 'Jane đăng nhập bằng mật khẩu mới và nhận token mang version mới.',
      },
      effects: [
        { location: 'memory', change: 'loses', what: keepVerbatim('access token') },
        { location: 'cookie-jar', change: 'loses', what: keepVerbatim('authlab.rt') },
      ],
    },
  ],
};
