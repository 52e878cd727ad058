/**
 * "Log out everywhere" on the JWT API: John raises his own credential version from the laptop,
 * so every token he holds anywhere carries an outdated `ver`; the phone's next request proves it.
 *
 * Step ids: jwt.logout-all.respond, jwt.revoke.bump-credential-version, jwt.auth.* (server);
 * browser steps jwt.logout-all.*.
 * Reference: OWASP JWT CS ("No Built-In Token Revocation by the User"); ASVS V3.3.
 */
import { keepVerbatim } from '../localized.ts';
import { buildJwtAuthSteps, buildJwtCsrfStep, buildJwtRejectStep } from '../steps/jwt-steps.ts';
import { buildBumpCredentialVersionStep } from '../steps/revoke-steps.ts';
import {
  describeExpiredCookie,
  describeExpiredCookieEffect,
  putInPhase,
} from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';
import { LAPTOP_PHASE, PHONE_PHASE, SUBMIT_EXPLANATION, WHY } from './logout-all.ts';

export const JWT_LOGOUT_ALL_FLOW: Flow = {
  id: 'jwt.logout-all',
  api: 'jwt',
  section: 'logout',
  title: { en: 'JWT: log out everywhere', vi: 'JWT: đăng xuất khỏi mọi nơi' },
  summary: {
    en: "John is logged in on his laptop and his phone. From the laptop he calls POST /logout-all: the server raises his credential version, so every access and refresh token he holds anywhere carries an outdated ver. The phone's next request is refused (401) although its token has not expired. Without that version the server could only wait for exp.",
    vi: 'John đang đăng nhập trên laptop và điện thoại. Từ laptop anh gọi POST /logout-all: server tăng credential version của anh, nên mọi access token và refresh token anh đang giữ ở bất cứ đâu đều mang ver đã lỗi thời. Request tiếp theo từ điện thoại bị từ chối (401) dù token trên đó chưa hết hạn. Không có version này thì server chỉ còn cách chờ tới exp.',
  },
  steps: [
    ...putInPhase(LAPTOP_PHASE, [
      {
        id: 'jwt.logout-all.submit',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('laptop: POST /logout-all + Bearer + X-Requested-With'),
        explanation: SUBMIT_EXPLANATION,
        effects: [
          { location: 'memory', change: 'reads', what: keepVerbatim('access token (laptop)') },
        ],
      },
      buildJwtCsrfStep(),
      ...buildJwtAuthSteps(),
      buildBumpCredentialVersionStep('John', WHY),
      {
        id: 'jwt.logout-all.respond',
        side: 'server',
        from: 'jwt-api',
        to: 'browser',
        message: keepVerbatim(`200 {success} + ${describeExpiredCookie('authlab.rt')}`),
        explanation: {
          en: "Nothing else to delete: the one number made every token of John's outdated, wherever it is. The laptop's refresh cookie is expired as well.",
          vi: 'Không cần xóa gì thêm: chỉ một con số đã khiến mọi token của John lỗi thời, dù chúng đang ở đâu. Refresh cookie trên laptop cũng bị xóa.',
        },
        effects: [describeExpiredCookieEffect('authlab.rt')],
      },
      {
        id: 'jwt.logout-all.forget-tokens',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: {
          en: 'drop the access token; cookie jar drops authlab.rt',
          vi: 'bỏ access token; cookie jar bỏ authlab.rt',
        },
        explanation: {
          en: "The laptop forgets its tokens. The phone's refresh token carries the old ver, so /refresh refuses it too.",
          vi: 'Laptop quên các token của nó. Refresh token trên điện thoại mang ver cũ, nên /refresh cũng từ chối nó.',
        },
        effects: [
          { location: 'memory', change: 'loses', what: keepVerbatim('access token (laptop)') },
          { location: 'cookie-jar', change: 'loses', what: keepVerbatim('authlab.rt (laptop)') },
        ],
      },
    ]),
    ...putInPhase(PHONE_PHASE, [
      {
        id: 'jwt.logout-all.other-device-request',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: {
          en: 'phone: GET /me + Bearer <its token, exp not reached>',
          vi: 'điện thoại: GET /me + Bearer <token của nó, chưa tới exp>',
        },
        explanation: {
          en: 'The phone still holds a well-signed, unexpired token.',
          vi: 'Điện thoại vẫn giữ một token có chữ ký hợp lệ, chưa hết hạn.',
        },
        effects: [
          {
            location: 'memory',
            change: 'reads',
            what: { en: 'access token (phone)', vi: 'access token (điện thoại)' },
          },
        ],
      },
      ...buildJwtAuthSteps({
        deniedBecause: {
          en: "the token's ver is older than John's credential version",
          vi: 'ver của token cũ hơn credential version hiện tại của John',
        },
      }),
      buildJwtRejectStep(),
    ]),
  ],
};
