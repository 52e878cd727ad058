/**
 * Refresh-token reuse detection (RFC 9700 §4.14.2): a thief copied John's refresh token. John
 * refreshes first, so the copy is now a spent token; when the thief presents it the server sees a
 * spent jti come back, cannot tell who is the thief, and revokes the whole family. John's next
 * refresh is refused too and he logs in again: the login the thief rode on is over.
 *
 * Step ids: jwt.refresh.* (server); browser steps jwt.refresh-reuse.*.
 * Reference: RFC 9700 §4.14.2 ("refresh token rotation": "the authorization server cannot
 * determine which party submitted the invalid refresh token … will revoke the active refresh
 * token"); OWASP JWT CS.
 */
import { keepVerbatim } from '../localized.ts';
import {
  buildJwtRefreshRejectSteps,
  buildJwtRefreshReuseSteps,
  buildJwtRefreshSteps,
} from '../steps/jwt-refresh-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

export const JWT_REFRESH_REUSE_FLOW: Flow = {
  id: 'jwt.refresh-reuse',
  api: 'jwt',
  section: 'token-refresh',
  title: {
    en: 'JWT: a replayed refresh token revokes the family',
    vi: 'JWT: refresh token bị dùng lại làm cả family bị thu hồi',
  },
  summary: {
    en: 'A thief has a copy of John\'s refresh token. John refreshes first: his token is rotated and the copy is now spent. When the thief presents it, the server sees a spent jti come back; it cannot tell the thief from John, so it revokes the whole family (desc="reused"). John\'s next refresh is refused too (denied) and he logs in again, which ends the login the thief was riding on.',
    vi: 'Kẻ trộm có bản sao refresh token của John. John refresh trước: token của anh được xoay vòng và bản sao giờ là token đã dùng. Khi kẻ trộm gửi nó lên, server thấy một jti đã dùng quay lại; server không phân biệt được ai là kẻ trộm, ai là John, nên thu hồi cả family (desc="reused"). Lần refresh tiếp theo của John cũng bị từ chối (denied) và anh đăng nhập lại, nhờ vậy phiên đăng nhập mà kẻ trộm đang bám vào cũng chấm dứt.',
  },
  steps: [
    ...putInPhase({ en: 'John refreshes first', vi: 'John refresh trước' }, [
      {
        id: 'jwt.refresh-reuse.refresh',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: {
          en: 'John: POST /refresh (Cookie: authlab.rt = token 1)',
          vi: 'John: POST /refresh (Cookie: authlab.rt = token 1)',
        },
        explanation: {
          en: 'Token 1 was copied earlier (malware, a shared computer, a proxy log). John does not know.',
          vi: 'Token 1 đã bị sao chép từ trước (mã độc, máy tính dùng chung, log của proxy). John không hề biết.',
        },
        effects: [{ location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.rt') }],
      },
      ...buildJwtRefreshSteps(),
    ]),
    ...putInPhase({ en: 'The thief replays token 1', vi: 'Kẻ trộm gửi lại token 1' }, [
      {
        id: 'jwt.refresh-reuse.replay',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: {
          en: 'thief: POST /refresh (Cookie: authlab.rt = copied token 1)',
          vi: 'kẻ trộm: POST /refresh (Cookie: authlab.rt = token 1 bị sao chép)',
        },
        explanation: {
          en: 'Well signed and within its 7 days, but its jti is no longer the current one of its family.',
          vi: 'Chữ ký hợp lệ và vẫn trong hạn 7 ngày, nhưng jti của nó không còn là token hiện tại của family.',
        },
        effects: [],
      },
      ...buildJwtRefreshReuseSteps({
        en: 'a spent refresh token came back, so a copy exists; the whole family is revoked',
        vi: 'một refresh token đã dùng lại quay về, nghĩa là có bản sao; cả family bị thu hồi',
      }),
    ]),
    ...putInPhase({ en: "John's next refresh", vi: 'Lần refresh tiếp theo của John' }, [
      {
        id: 'jwt.refresh-reuse.next-refresh',
        side: 'browser',
        from: 'browser',
        to: 'jwt-api',
        message: {
          en: 'John: POST /refresh (Cookie: authlab.rt = token 2)',
          vi: 'John: POST /refresh (Cookie: authlab.rt = token 2)',
        },
        explanation: {
          en: "John's token 2 is the family's current token, but the family is revoked.",
          vi: 'Token 2 của John đúng là token hiện tại của family, nhưng family đã bị thu hồi.',
        },
        effects: [{ location: 'cookie-jar', change: 'reads', what: keepVerbatim('authlab.rt') }],
      },
      ...buildJwtRefreshRejectSteps('denied', {
        en: 'the family was revoked when token 1 came back',
        vi: 'family đã bị thu hồi khi token 1 quay lại',
      }),
      {
        id: 'jwt.refresh-reuse.log-in-again',
        side: 'browser',
        from: 'browser',
        to: 'browser',
        message: { en: 'show the login form', vi: 'hiện form đăng nhập' },
        explanation: {
          en: 'John logs in again and starts a new family. The thief holds only tokens of the revoked one: whatever he took is worthless now.',
          vi: 'John đăng nhập lại và bắt đầu một family mới. Kẻ trộm chỉ giữ token của family đã bị thu hồi: những gì hắn lấy được giờ vô giá trị.',
        },
        effects: [{ location: 'memory', change: 'loses', what: keepVerbatim('access token') }],
      },
    ]),
  ],
};
