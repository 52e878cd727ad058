/**
 * Two tabs, one refresh token: both tabs of one browser see their access token expire at the same
 * moment and refresh with the same refresh cookie. Rotation with reuse detection (RFC 9700
 * §4.14.2) accepts the first and takes the second for a thief: the whole family is revoked, and
 * every tab is logged out — the bug users of real SDKs report. The fixes: one refresh per origin
 * (Web Locks API) and the new token and logouts shared between tabs (BroadcastChannel), on by
 * default in the lab; or, server-side, a short grace window (a VULNERABLE lab mode: it lets a fast
 * thief in too).
 *
 * Step ids: jwt.csrf.check-request, jwt.refresh.*, jwt.auth.* (server); jwt.attack-two-tabs.*
 * (browser).
 * Reference: RFC 9700 §4.14.2; W3C Web Locks API; HTML Standard, "Broadcasting to other browsing
 * contexts" (BroadcastChannel).
 */
import { keepVerbatim } from '../localized.ts';
import { buildJwtRefreshReuseSteps, buildJwtRefreshSteps } from '../steps/jwt-refresh-steps.ts';
import { buildJwtAuthSteps, buildJwtRejectStep } from '../steps/jwt-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

export const JWT_ATTACK_TWO_TABS_FLOW: Flow = {
  id: 'jwt.attack-two-tabs',
  api: 'jwt',
  section: 'attacks',
  title: {
    en: 'JWT: two tabs refresh at once, the family is revoked',
    vi: 'JWT: hai tab refresh cùng lúc, cả family bị thu hồi',
  },
  summary: {
    en: "Two tabs send POST /refresh with the same refresh token before either answer arrives. The first is rotated; the second presents a spent token, which reuse detection cannot tell from a thief's, so the family is revoked and both tabs are logged out. The fix is on the client: one refresh per origin (Web Locks) and the new token shared (BroadcastChannel).",
    vi: 'Hai tab gửi POST /refresh với cùng một refresh token trước khi có response nào về. Lần đầu được xoay vòng; lần thứ hai đưa lên một token đã dùng, mà cơ chế phát hiện dùng lại không phân biệt được với token của kẻ trộm, nên family bị thu hồi và cả hai tab bị đăng xuất. Cách sửa nằm ở client: mỗi origin chỉ một lần refresh (Web Locks) và chia sẻ token mới (BroadcastChannel).',
  },
  steps: [
    ...putInPhase({ en: 'Both tabs refresh with token 1', vi: 'Cả hai tab refresh bằng token 1' }, [
      {
        id: 'jwt.attack-two-tabs.first-refresh',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('tab 1: POST /refresh (Cookie: authlab.rt = token 1)'),
        explanation: {
          en: "Tab 1's access token expired; its interceptor refreshes. The cookie jar is shared by every tab of the browser.",
          vi: 'Access token của tab 1 hết hạn; interceptor của nó refresh. Cookie jar dùng chung cho mọi tab của trình duyệt.',
        },
        effects: [{ location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.rt') }],
      },
      ...buildJwtRefreshSteps(),
      {
        id: 'jwt.attack-two-tabs.second-refresh',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('tab 2: POST /refresh (Cookie: authlab.rt = token 1)'),
        explanation: {
          en: "Tab 2's token expired at the same moment; its request left before tab 1's answer replaced the cookie, so it carries token 1 too. With Web Locks it would have waited for tab 1 and used its new token instead.",
          vi: 'Token của tab 2 hết hạn cùng lúc; request của nó đi trước khi response của tab 1 thay cookie, nên nó cũng mang token 1. Với Web Locks, nó sẽ chờ tab 1 rồi dùng token mới của tab 1.',
        },
        effects: [{ location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.rt') }],
      },
      ...buildJwtRefreshReuseSteps({
        en: 'token 1 was spent a moment ago, so the server assumes a copy; the whole family is revoked',
        vi: 'token 1 vừa được dùng, nên server cho rằng có bản sao; cả family bị thu hồi',
      }),
    ]),
    ...putInPhase({ en: 'Every tab is logged out', vi: 'Mọi tab đều bị đăng xuất' }, [
      {
        id: 'jwt.attack-two-tabs.next-request',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: keepVerbatim('tab 1: GET /me (Bearer: the access token it just got)'),
        explanation: {
          en: 'Even the winner loses: its new access token belongs to the revoked family.',
          vi: 'Ngay cả tab thắng cũng thua: access token mới của nó thuộc family đã bị thu hồi.',
        },
        effects: [],
      },
      ...buildJwtAuthSteps({
        deniedBecause: {
          en: 'its refresh family was revoked for reuse',
          vi: 'refresh family của nó đã bị thu hồi vì dùng lại',
        },
      }),
      buildJwtRejectStep(),
    ]),
  ],
};
