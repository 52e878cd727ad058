/**
 * Replay after logout against the documents' stateless JWT (the lab mode
 * `jwt-stateless-no-revocation`, labelled): Jane logs out, but the API never asks its store, so
 * the attacker's copy of her access token keeps working until its `exp`, and her refresh token
 * for its whole lifetime. With the secure default the first replay is refused
 * (jwt.logout shows it); the revocation-latency ledger measures both.
 *
 * Step ids: jwt.auth.*, jwt.request.respond, jwt.refresh.* (server); steps
 * jwt.attack-replay-after-logout.*.
 * Reference: OWASP JSON Web Token Cheat Sheet, "No Built-In Token Revocation by the User";
 * document 004 ("valid until expiration (unless blacklisted)").
 */
import { keepVerbatim } from '../localized.ts';
import { replyTo } from '../steps/attack-steps.ts';
import { buildJwtRefreshSteps } from '../steps/jwt-refresh-steps.ts';
import {
  buildJwtAuthSteps,
  buildJwtRejectStep,
  buildJwtRespondStep,
  buildJwtVerifyTokenStep,
} from '../steps/jwt-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow, ServerStep } from '../types.ts';

const skipped = (id: string) => (step: ServerStep) => step.id !== id;

/** What the lab mode changes in POST /refresh: no family lookup, no rotation, the token in the body. */
const STATELESS_REFRESH: Readonly<Record<string, Partial<ServerStep>>> = {
  'jwt.refresh.read-refresh-token': {
    message: { en: 'read {refresh_token} from the body', vi: 'đọc {refresh_token} trong body' },
  },
  'jwt.refresh.verify-refresh-token': {
    to: 'jwt-api',
    message: {
      en: 'verify signature and exp only (lab mode: no family)',
      vi: 'chỉ kiểm tra chữ ký và exp (lab mode: không tra family)',
    },
    explanation: {
      en: "The documents' refresh token: nothing on the server says the login ended, so a valid signature and a future exp are enough.",
      vi: 'Refresh token của tài liệu: không có gì trên server ghi rằng phiên đăng nhập đã kết thúc, nên chữ ký hợp lệ và exp chưa tới là đủ.',
    },
    effects: [],
  },
  'jwt.refresh.respond': {
    message: {
      en: '200 {access_token, refresh_token: the same one}',
      vi: '200 {access_token, refresh_token: vẫn token cũ}',
    },
  },
};

function buildStatelessRefreshSteps(): ServerStep[] {
  return buildJwtRefreshSteps()
    .filter(skipped('jwt.refresh.rotate'))
    .map((step) => ({ ...step, ...STATELESS_REFRESH[step.id] }));
}

export const JWT_REPLAY_AFTER_LOGOUT_FLOW: Flow = {
  id: 'jwt.attack-replay-after-logout',
  api: 'jwt',
  section: 'attacks',
  mode: 'documents',
  title: {
    en: "JWT: replay after logout (documents' stateless mode, unsafe)",
    vi: 'JWT: gửi lại sau logout (chế độ stateless của tài liệu, không an toàn)',
  },
  summary: {
    en: "Jane logs out, but in the documents' stateless design the API never looks anything up: the attacker's copy of her access token is accepted until exp, and her refresh token keeps minting new ones for its whole lifetime. The secure default refuses the first replay.",
    vi: 'Jane đăng xuất, nhưng trong thiết kế stateless của tài liệu API không tra cứu gì cả: bản sao access token của cô trong tay kẻ tấn công vẫn được chấp nhận tới exp, còn refresh token của cô tiếp tục tạo token mới suốt thời hạn của nó. Chế độ mặc định an toàn từ chối ngay lần gửi lại đầu tiên.',
  },
  steps: [
    {
      id: 'jwt.attack-replay-after-logout.logout',
      side: 'browser',
      from: 'browser',
      to: 'browser',
      message: {
        en: 'Jane: POST /logout, forget the tokens',
        vi: 'Jane: POST /logout, xóa các token',
      },
      explanation: {
        en: 'The server notes the logout (denylist, revoked family), but in this lab mode no request ever asks.',
        vi: 'Server ghi nhận việc đăng xuất (denylist, family bị thu hồi), nhưng ở lab mode này không request nào hỏi tới.',
      },
      effects: [{ location: 'memory', change: 'loses', what: keepVerbatim('access token') }],
    },
    ...putInPhase({ en: 'Before exp', vi: 'Trước exp' }, [
      {
        id: 'jwt.attack-replay-after-logout.replay',
        side: 'attacker',
        from: 'attacker-site',
        to: 'jwt-api',
        message: { en: 'GET /me (copied access token)', vi: 'GET /me (access token bị sao chép)' },
        explanation: {
          en: 'From the attacker’s server, minutes after the logout (the lab clock moves).',
          vi: 'Từ server của kẻ tấn công, vài phút sau khi đăng xuất (đồng hồ lab được chỉnh tới).',
        },
        effects: [],
      },
      ...replyTo('attacker-site', [
        ...buildJwtAuthSteps().filter(skipped('jwt.auth.check-revocation')),
        buildJwtRespondStep('{user}'),
      ]),
    ]),
    ...putInPhase({ en: 'After exp', vi: 'Sau exp' }, [
      {
        id: 'jwt.attack-replay-after-logout.replay-after-exp',
        side: 'attacker',
        from: 'attacker-site',
        to: 'jwt-api',
        message: { en: 'GET /me, past exp', vi: 'GET /me, đã quá exp' },
        explanation: {
          en: 'Only the expiry ends a stateless token: the ledger measures exactly when.',
          vi: 'Chỉ có hạn dùng mới chấm dứt được token stateless: bảng ledger đo chính xác lúc nào.',
        },
        effects: [],
      },
      ...replyTo('attacker-site', [
        { ...buildJwtVerifyTokenStep(), outcome: 'expired' },
        buildJwtRejectStep(),
      ]),
    ]),
    ...putInPhase({ en: 'The refresh token', vi: 'Refresh token' }, [
      {
        id: 'jwt.attack-replay-after-logout.refresh',
        side: 'attacker',
        from: 'attacker-site',
        to: 'jwt-api',
        message: {
          en: 'POST /refresh {refresh_token: copied}',
          vi: 'POST /refresh {refresh_token: bản sao}',
        },
        explanation: {
          en: 'Checked for its signature and exp only, and never rotated: a fresh access token, every time, for 7 days.',
          vi: 'Chỉ kiểm tra chữ ký và exp, không bao giờ xoay vòng: lần nào cũng có access token mới, suốt 7 ngày.',
        },
        effects: [],
      },
      ...replyTo('attacker-site', buildStatelessRefreshSteps()),
    ]),
  ],
};
