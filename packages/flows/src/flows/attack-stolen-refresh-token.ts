/**
 * A stolen refresh token, used by the thief FIRST (the mirror of jwt.refresh-reuse, where the
 * victim refreshes first). In the documents' body mode the page keeps the refresh token where a
 * script can read it; an XSS (or malware, a shared computer) copies it. The thief refreshes and
 * gets fresh tokens: rotation alone does not stop a thief who is quicker. But the copy the victim
 * still holds is now spent, so the victim's next refresh is REUSE: the server cannot tell who is
 * the thief and revokes the whole family, logging out thief and victim alike.
 *
 * Step ids: jwt.refresh.* (server); browser and attacker steps jwt.attack-stolen-refresh-token.*.
 * Reference: RFC 9700 §4.14.2 ("If a refresh token is compromised and subsequently used by both
 * the attacker and the legitimate client, one of them will present an invalidated refresh token,
 * which will inform the authorization server of the breach"); OWASP JWT Cheat Sheet.
 */
import { keepVerbatim } from '../localized.ts';
import { replyTo } from '../steps/attack-steps.ts';
import {
  buildJwtRefreshRejectSteps,
  buildJwtRefreshReuseSteps,
  buildJwtRefreshSteps,
} from '../steps/jwt-refresh-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

export const JWT_STOLEN_REFRESH_TOKEN_FLOW: Flow = {
  id: 'jwt.attack-stolen-refresh-token',
  api: 'jwt',
  section: 'attacks',
  title: {
    en: 'JWT: a stolen refresh token, used by the thief first',
    vi: 'JWT: refresh token bị đánh cắp, kẻ trộm dùng trước',
  },
  summary: {
    en: "Jane logged in with the refresh token in the response body (the documents' mode): a script can read it, and a thief copied token 1. The thief refreshes first and gets fresh tokens. Jane's next refresh presents token 1, now spent: reuse. The server cannot tell who is the thief, so it revokes the whole family: the thief's token 2 and his access token die with it, and Jane logs in again.",
    vi: 'Jane đăng nhập với refresh token trong body của response (chế độ của tài liệu): script đọc được nó, và kẻ trộm đã sao chép token 1. Kẻ trộm refresh trước và nhận token mới. Lần refresh tiếp theo của Jane gửi token 1, giờ đã dùng rồi: bị dùng lại. Server không phân biệt được ai là kẻ trộm nên thu hồi cả family: token 2 và access token của kẻ trộm chết theo, còn Jane đăng nhập lại.',
  },
  steps: [
    ...putInPhase({ en: 'The thief refreshes first', vi: 'Kẻ trộm refresh trước' }, [
      {
        id: 'jwt.attack-stolen-refresh-token.thief-refresh',
        side: 'attacker',
        from: 'attacker-site',
        to: 'jwt-api',
        message: {
          en: 'thief: POST /refresh {refresh_token: copied token 1}',
          vi: 'kẻ trộm: POST /refresh {refresh_token: token 1 bị sao chép}',
        },
        explanation: {
          en: 'From the attacker site, with the copy an injected script read from localStorage.',
          vi: 'Từ trang của kẻ tấn công, bằng bản sao mà script bị chèn đã đọc từ localStorage.',
        },
        effects: [
          { location: 'local-storage', change: 'reads', what: keepVerbatim('refresh_token') },
        ],
      },
      ...buildJwtRefreshSteps(),
    ]),
    ...putInPhase({ en: "Jane's next refresh", vi: 'Lần refresh tiếp theo của Jane' }, [
      {
        id: 'jwt.attack-stolen-refresh-token.victim-refresh',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: {
          en: 'Jane: POST /refresh {refresh_token: token 1}',
          vi: 'Jane: POST /refresh {refresh_token: token 1}',
        },
        explanation: {
          en: 'Her access token expired; her page still holds token 1, which the thief already spent.',
          vi: 'Access token của cô đã hết hạn; trang của cô vẫn giữ token 1, thứ kẻ trộm đã dùng mất.',
        },
        effects: [
          { location: 'local-storage', change: 'reads', what: keepVerbatim('refresh_token') },
        ],
      },
      ...buildJwtRefreshReuseSteps({
        en: 'a spent refresh token came back, so a copy exists; the whole family is revoked',
        vi: 'một refresh token đã dùng lại quay về, nghĩa là có bản sao; cả family bị thu hồi',
      }),
    ]),
    ...putInPhase({ en: 'The thief is out too', vi: 'Kẻ trộm cũng bị đá ra' }, [
      {
        id: 'jwt.attack-stolen-refresh-token.thief-refresh-again',
        side: 'attacker',
        from: 'attacker-site',
        to: 'jwt-api',
        message: {
          en: 'thief: POST /refresh {refresh_token: token 2}',
          vi: 'kẻ trộm: POST /refresh {refresh_token: token 2}',
        },
        explanation: {
          en: "Token 2 is the family's current token, but the family is revoked; his access token is refused too (its fid names the family).",
          vi: 'Token 2 là token hiện tại của family, nhưng family đã bị thu hồi; access token của hắn cũng bị từ chối (claim fid trỏ tới family đó).',
        },
        effects: [],
      },
      ...replyTo(
        'attacker-site',
        buildJwtRefreshRejectSteps('denied', {
          en: 'the family was revoked when token 1 came back',
          vi: 'family đã bị thu hồi khi token 1 quay lại',
        }),
      ),
      {
        id: 'jwt.attack-stolen-refresh-token.log-in-again',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: { en: 'Jane: show the login form', vi: 'Jane: hiện form đăng nhập' },
        explanation: {
          en: 'Jane logs in again and starts a new family. Reuse detection caught the theft, but only after the thief had fresh tokens for a while: keep refresh tokens out of reach of scripts (HttpOnly cookie, or a backend for frontend).',
          vi: 'Jane đăng nhập lại và bắt đầu một family mới. Cơ chế phát hiện dùng lại đã bắt được vụ trộm, nhưng chỉ sau khi kẻ trộm có token mới một thời gian: hãy giữ refresh token ngoài tầm với của script (cookie HttpOnly, hoặc backend for frontend).',
        },
        effects: [
          { location: 'local-storage', change: 'loses', what: keepVerbatim('refresh_token') },
        ],
      },
    ]),
  ],
};
