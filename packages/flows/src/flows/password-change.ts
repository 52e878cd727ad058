/**
 * Password change: Jane re-enters her current password, sets a new one, and every login she had
 * ends, including the one that asked. Whoever stole a session or a token loses it the moment the
 * victim changes her password.
 *
 * Step ids: session.password.*, jwt.password.*, session.revoke.destroy-user-sessions,
 * jwt.revoke.bump-credential-version (server); browser steps <api>.password-change.*.
 * Reference: OWASP Authentication CS ("Require re-authentication for sensitive features");
 * OWASP Session Management CS (renew or end sessions on password change); ASVS V3.3.3.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import { buildJwtAuthSteps, buildJwtCsrfStep } from '../steps/jwt-steps.ts';
import {
  buildBumpCredentialVersionStep,
  buildDestroyUserSessionsStep,
} from '../steps/revoke-steps.ts';
import {
  buildSessionCsrfStep,
  buildSessionLoadStep,
  buildSessionReadCookieStep,
} from '../steps/session-steps.ts';
import { describeExpiredCookie } from '../steps/step-helpers.ts';
import type { ActorId, Flow, ServerStep } from '../types.ts';

const WHY: Localized = {
  en: 'a thief holding a stolen one loses it now',
  vi: 'kẻ đang giữ bản bị đánh cắp mất nó ngay lập tức',
};

const SUBMIT_EXPLANATION: Localized = {
  en: 'With X-Requested-With, like every state-changing request.',
  vi: 'Kèm X-Requested-With, như mọi request làm thay đổi trạng thái.',
};

function buildPasswordSteps(api: 'session' | 'jwt', actor: ActorId): [ServerStep, ServerStep] {
  return [
    {
      id: `${api}.password.verify-current`,
      side: 'server',
      from: actor,
      to: 'users-db',
      message: {
        en: 'scrypt-verify current_password',
        vi: 'kiểm tra current_password bằng scrypt',
      },
      explanation: {
        en: "Re-authentication: a hijacked session or a stolen token alone cannot change the password and lock the owner out (OWASP Authentication CS, 'Require re-authentication for sensitive features').",
        vi: "Xác thực lại: chỉ có session bị chiếm hay token bị đánh cắp thì không đổi được mật khẩu để khóa chủ tài khoản ở ngoài (OWASP Authentication CS, 'Require re-authentication for sensitive features').",
      },
      effects: [
        {
          location: 'users-db',
          change: 'reads',
          what: { en: "Jane's scrypt hash", vi: 'hash scrypt của Jane' },
        },
      ],
    },
    {
      id: `${api}.password.update-hash`,
      side: 'server',
      from: actor,
      to: 'users-db',
      message: {
        en: 'store the scrypt hash of new_password',
        vi: 'lưu hash scrypt của new_password',
      },
      explanation: {
        en: 'A fresh salt and the same OWASP scrypt parameters; the password itself is never stored or logged.',
        vi: 'Salt mới và vẫn các tham số scrypt theo OWASP; bản thân mật khẩu không bao giờ được lưu hay ghi log.',
      },
      effects: [
        {
          location: 'users-db',
          change: 'changes',
          what: { en: "Jane's password hash", vi: 'hash mật khẩu của Jane' },
        },
      ],
    },
  ];
}

export const SESSION_PASSWORD_CHANGE_FLOW: Flow = {
  id: 'session.password-change',
  api: 'session',
  section: 'password-change',
  title: { en: 'Session: change password', vi: 'Session: đổi mật khẩu' },
  summary: {
    en: 'Jane sends her current and new password. The server re-checks the current one, stores the new hash, deletes every session of hers (this one too) and expires the cookie: she logs in again with the new password, and anyone holding an old session id is out.',
    vi: 'Jane gửi mật khẩu hiện tại và mật khẩu mới. Server kiểm tra lại mật khẩu hiện tại, lưu hash mới, xóa mọi session của cô (kể cả session này) và xóa cookie: cô đăng nhập lại bằng mật khẩu mới, còn ai đang giữ session id cũ thì bị đá ra.',
  },
  steps: [
    {
      id: 'session.password-change.submit',
      side: 'browser',
      from: 'browser',
      to: 'session-api',
      message: keepVerbatim('POST /me/password {current_password, new_password}'),
      explanation: SUBMIT_EXPLANATION,
      effects: [{ location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.sid') }],
    },
    buildSessionCsrfStep(),
    buildSessionReadCookieStep(),
    buildSessionLoadStep(),
    ...buildPasswordSteps('session', 'session-api'),
    buildDestroyUserSessionsStep('Jane', WHY),
    {
      id: 'session.password.respond',
      side: 'server',
      from: 'session-api',
      to: 'browser',
      message: keepVerbatim(`200 {success} + ${describeExpiredCookie('authlab.sid')}`),
      explanation: {
        en: 'The current session ended with the others, so the cookie is expired too.',
        vi: 'Session hiện tại cũng kết thúc cùng các session khác, nên cookie cũng bị xóa.',
      },
      effects: [
        {
          location: 'header',
          change: 'gains',
          what: { en: 'Set-Cookie: authlab.sid expired', vi: 'Set-Cookie: authlab.sid hết hạn' },
        },
      ],
    },
    {
      id: 'session.password-change.log-in-again',
      side: 'browser',
      from: 'browser',
      to: 'browser',
      message: {
        en: 'cookie jar drops authlab.sid; show the login form',
        vi: 'cookie jar bỏ authlab.sid; hiện form đăng nhập',
      },
      explanation: {
        en: 'Jane logs in with the new password and gets a new session id.',
        vi: 'Jane đăng nhập bằng mật khẩu mới và nhận một session id mới.',
      },
      effects: [{ location: 'cookie-jar', change: 'loses', what: keepVerbatim('authlab.sid') }],
    },
  ],
};

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
      effects: [
        {
          location: 'header',
          change: 'gains',
          what: { en: 'Set-Cookie: authlab.rt expired', vi: 'Set-Cookie: authlab.rt hết hạn' },
        },
      ],
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
