/**
 * Password change: Jane re-enters her current password, sets a new one, and every login she had
 * ends, including the one that asked. Whoever stole a session or a token loses it the moment the
 * victim changes her password.
 *
 * The JWT flows are in jwt-password-change.ts; this file holds the session flows and what both share.
 *
 * Step ids: session.password.*, jwt.password.*, session.revoke.destroy-user-sessions,
 * jwt.revoke.bump-credential-version (server); browser steps <api>.password-change.*.
 * Reference: OWASP Authentication CS ("Require re-authentication for sensitive features");
 * OWASP Session Management CS (renew or end sessions on password change); ASVS V3.3.3.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import { buildDestroyUserSessionsStep } from '../steps/revoke-steps.ts';
import {
  buildSessionCsrfStep,
  buildSessionLoadStep,
  buildSessionReadCookieStep,
} from '../steps/session-steps.ts';
import { describeExpiredCookie, describeExpiredCookieEffect } from '../steps/step-helpers.ts';
import type { ActorId, Flow, ServerStep } from '../types.ts';

export const WHY: Localized = {
  en: 'a thief holding a stolen one loses it now',
  vi: 'kẻ đang giữ bản bị đánh cắp mất nó ngay lập tức',
};

export const SUBMIT_EXPLANATION: Localized = {
  en: 'With X-Requested-With, like every state-changing request.',
  vi: 'Kèm X-Requested-With, như mọi request làm thay đổi trạng thái.',
};

export function buildPasswordSteps(
  api: 'session' | 'jwt',
  actor: ActorId,
): [ServerStep, ServerStep] {
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
      effects: [describeExpiredCookieEffect('authlab.sid')],
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
