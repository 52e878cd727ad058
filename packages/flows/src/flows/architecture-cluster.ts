/**
 * Several servers, continued: what the cluster lab (`pnpm run lab:cluster`) shows beyond "who
 * knows the login". Sticky routing, and revocation across instances — a logout on server 1, then
 * a copy of the old credential on server 2. Where the revocation was written decides the answer:
 * one server's memory (only that server refuses) or the shared Redis (every server refuses).
 *
 * The logout steps are the single-server flows' own (logout.ts), moved onto server 1 and its
 * store, so both pages describe the same requests.
 *
 * Step ids: session.logout.*, session.auth.*, jwt.logout.*, jwt.auth.*, jwt.request.respond
 * (server); browser steps <flow>.login, <flow>.next-request, <flow>.logout, <flow>.replay-*.
 * Reference: OWASP Session Management CS, "Manual Session Expiration"; OWASP JWT CS, "No
 * Built-In Token Revocation by the User"; docs/cluster-lab.md.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import { buildJwtAuthSteps, buildJwtRejectStep, buildJwtRespondStep } from '../steps/jwt-steps.ts';
import { buildSessionRejectSteps } from '../steps/session-steps.ts';
import { adjustStep, forwardFrom, putInPhase } from '../steps/step-helpers.ts';
import type { ActorId, Flow, ServerStep, Step } from '../types.ts';
import { buildBrowserRequest, buildSessionLogin, LB, place } from './architecture.ts';
import { JWT_LOGOUT_FLOW } from './jwt-logout.ts';
import { SESSION_LOGOUT_FLOW } from './logout.ts';

type Store = 'server-1' | 'redis';

const LOGOUT_ON_SERVER_1: Localized = {
  en: 'Logout lands on server 1',
  vi: 'Request đăng xuất rơi vào server 1',
};
const PICKS_SERVER_1: Localized = {
  en: 'The load balancer picks server 1 for the logout.',
  vi: 'Load balancer chọn server 1 cho request đăng xuất.',
};

/** The server steps of a single-server flow's logout phase, played by `api` and `store`. */
function moveLogoutSteps(flow: Flow, actors: Readonly<Partial<Record<ActorId, ActorId>>>) {
  const move = (actor: ActorId) => actors[actor] ?? actor;
  return flow.steps
    .filter((step): step is ServerStep => step.side === 'server' && step.phase?.en === 'Logout')
    .map((step) => ({ ...step, from: move(step.from), to: move(step.to) }));
}

export const SESSION_ARCHITECTURE_STICKY_FLOW: Flow = {
  id: 'session.architecture-sticky',
  api: 'session',
  section: 'architecture',
  title: {
    en: 'Sticky routing: sessions in memory work until the server stops',
    vi: 'Sticky routing: session trong bộ nhớ chạy tốt cho đến khi server dừng',
  },
  summary: {
    en: 'The memory set-up with sticky routing: the balancer pins John to the server that handled his login (an affinity cookie), so every request finds his session. Then server 1 stops — a deploy, a crash. The balancer cannot honour the pin and sends him to server 2, which never saw his session: 401, logged out. A shared store needs no pin and survives the stop.',
    vi: 'Cấu hình lưu session trong bộ nhớ, có sticky routing: load balancer ghim John vào server đã xử lý lần đăng nhập của anh ấy (bằng một cookie affinity), nên request nào cũng tìm thấy session. Rồi server 1 dừng — do deploy hay do sập. Load balancer không giữ được chỗ ghim nữa và chuyển John sang server 2, nơi chưa từng thấy session của anh ấy: 401, bị đăng xuất. Store dùng chung thì không cần ghim và vẫn chạy khi một server dừng.',
  },
  steps: [
    ...buildSessionLogin(
      'session.architecture-sticky',
      'server-1',
      { en: "server 1's memory", vi: 'bộ nhớ của server 1' },
      {
        en: 'Sticky routing: the balancer picks server 1 and pins John to it (Set-Cookie: authlab.lb=1).',
        vi: 'Sticky routing: load balancer chọn server 1 và ghim John vào đó (Set-Cookie: authlab.lb=1).',
      },
    ),
    ...putInPhase(
      {
        en: 'Server 1 stops; the balancer moves John to server 2',
        vi: 'Server 1 dừng; load balancer chuyển John sang server 2',
      },
      [
        buildBrowserRequest(
          'session.architecture-sticky.next-request',
          keepVerbatim('GET /me (Cookie: authlab.sid, authlab.lb=1)'),
          {
            en: 'Server 1 is gone, so the pin cannot be honoured: the balancer picks a running server.',
            vi: 'Server 1 không còn, nên không thể giữ chỗ ghim: load balancer chọn một server đang chạy.',
          },
        ),
        ...forwardFrom(
          LB,
          buildSessionRejectSteps({
            outcome: 'missing',
            why: {
              en: "the session was in server 1's memory, gone with it",
              vi: 'session nằm trong bộ nhớ của server 1 và đã mất cùng server đó',
            },
            place: place('server-2', 'server-2'),
          }),
        ),
      ],
    ),
  ],
};

export const SESSION_ARCHITECTURE_LOGOUT_FLOW: Flow = {
  id: 'session.architecture-logout',
  api: 'session',
  section: 'architecture',
  title: {
    en: 'Logout on one server, refused on every server (shared Redis)',
    vi: 'Đăng xuất trên một server, bị từ chối trên mọi server (Redis dùng chung)',
  },
  summary: {
    en: 'John is logged in; the servers share one Redis. His logout lands on server 1, which deletes the session from Redis. A copy of the old cookie, replayed, lands on server 2: Redis no longer has the session, 401. With a shared store, revocation is immediate on every server.',
    vi: 'John đang đăng nhập; các server dùng chung một Redis. Request đăng xuất rơi vào server 1, server này xóa session khỏi Redis. Một bản sao của cookie cũ được gửi lại và rơi vào server 2: Redis không còn session đó, 401. Với store dùng chung, thu hồi có hiệu lực ngay trên mọi server.',
  },
  steps: [
    ...putInPhase(LOGOUT_ON_SERVER_1, [
      buildBrowserRequest(
        'session.architecture-logout.logout',
        keepVerbatim('POST /logout + X-Requested-With (Cookie: authlab.sid)'),
        PICKS_SERVER_1,
      ),
      ...forwardFrom(
        LB,
        moveLogoutSteps(SESSION_LOGOUT_FLOW, {
          'session-api': 'server-1',
          'session-store': 'redis',
        }),
      ),
    ]),
    ...putInPhase(
      {
        en: 'A copy of the old cookie lands on server 2',
        vi: 'Bản sao của cookie cũ rơi vào server 2',
      },
      [
        buildBrowserRequest(
          'session.architecture-logout.replay-old-cookie',
          {
            en: 'GET /me + Cookie: authlab.sid=<old id>',
            vi: 'GET /me + Cookie: authlab.sid=<id cũ>',
          },
          {
            en: 'As an attacker who copied the cookie before logout would send it; it lands on server 2.',
            vi: 'Như kẻ tấn công đã chép cookie trước khi đăng xuất sẽ gửi; request rơi vào server 2.',
          },
        ),
        ...forwardFrom(
          LB,
          buildSessionRejectSteps({
            outcome: 'missing',
            why: {
              en: 'deleted from the shared Redis by the logout on server 1',
              vi: 'đã bị xóa khỏi Redis dùng chung khi đăng xuất trên server 1',
            },
            place: place('server-2', 'redis'),
          }),
        ),
      ],
    ),
  ],
};

function buildJwtLogoutAcross(flowId: string, store: Store): Step[] {
  const message: Localized =
    store === 'redis'
      ? {
          en: 'denylist jti until its exp, in the shared Redis',
          vi: 'đưa jti vào denylist đến khi hết hạn, trong Redis dùng chung',
        }
      : {
          en: "denylist jti until its exp, in server 1's memory",
          vi: 'đưa jti vào denylist đến khi hết hạn, trong bộ nhớ của server 1',
        };
  const logout = adjustStep(
    moveLogoutSteps(JWT_LOGOUT_FLOW, { 'jwt-api': 'server-1', 'revocation-store': store }),
    'jwt.logout.deny-access-token',
    { message },
  );
  const server2 = place('server-2', store === 'redis' ? 'redis' : 'server-2');
  const replay =
    store === 'redis'
      ? [
          ...buildJwtAuthSteps({
            place: server2,
            deniedBecause: {
              en: 'the jti is on the denylist server 1 wrote to Redis',
              vi: 'jti nằm trong denylist mà server 1 đã ghi vào Redis',
            },
          }),
          buildJwtRejectStep(server2),
        ]
      : [...buildJwtAuthSteps({ place: server2 }), buildJwtRespondStep('{user}', server2)];
  return [
    ...putInPhase(LOGOUT_ON_SERVER_1, [
      buildBrowserRequest(
        `${flowId}.logout`,
        keepVerbatim('POST /logout + Authorization: Bearer <access token> + X-Requested-With'),
        PICKS_SERVER_1,
      ),
      ...forwardFrom(LB, logout),
    ]),
    ...putInPhase(
      {
        en: 'A copy of the old access token lands on server 2',
        vi: 'Bản sao của access token cũ rơi vào server 2',
      },
      [
        buildBrowserRequest(
          `${flowId}.replay-access-token`,
          {
            en: 'GET /me + Authorization: Bearer <old access token>',
            vi: 'GET /me + Authorization: Bearer <access token cũ>',
          },
          {
            en: 'As an attacker who copied the token before logout would send it; it lands on server 2.',
            vi: 'Như kẻ tấn công đã chép token trước khi đăng xuất sẽ gửi; request rơi vào server 2.',
          },
        ),
        ...forwardFrom(LB, replay),
      ],
    ),
  ];
}

export const JWT_ARCHITECTURE_LOGOUT_MEMORY_FLOW: Flow = {
  id: 'jwt.architecture-logout-memory',
  api: 'jwt',
  section: 'architecture',
  title: {
    en: 'JWT logout on one server, still accepted on another (denylist per server)',
    vi: 'Đăng xuất JWT trên một server, server khác vẫn chấp nhận (mỗi server một denylist)',
  },
  summary: {
    en: "Each server keeps its own revocation store in memory. John's logout lands on server 1, which denylists the token's jti — in its own memory. A copy of the token lands on server 2: the signature and claims are fine and server 2's denylist is empty, 200 until exp. Verifying needs only the key; revoking needs shared state.",
    vi: 'Mỗi server giữ store thu hồi riêng trong bộ nhớ. Request đăng xuất của John rơi vào server 1, server này đưa jti của token vào denylist — trong bộ nhớ của chính nó. Một bản sao token rơi vào server 2: chữ ký và claim vẫn hợp lệ, denylist của server 2 trống, nên trả 200 cho đến khi hết hạn. Kiểm tra token chỉ cần khóa; thu hồi token thì cần trạng thái dùng chung.',
  },
  steps: buildJwtLogoutAcross('jwt.architecture-logout-memory', 'server-1'),
};

export const JWT_ARCHITECTURE_LOGOUT_REDIS_FLOW: Flow = {
  id: 'jwt.architecture-logout-redis',
  api: 'jwt',
  section: 'architecture',
  title: {
    en: 'JWT logout on one server, refused on every server (shared Redis denylist)',
    vi: 'Đăng xuất JWT trên một server, bị từ chối trên mọi server (denylist trong Redis dùng chung)',
  },
  summary: {
    en: "The servers share one Redis as their revocation store. John's logout lands on server 1, which denylists the jti in Redis. A copy of the token lands on server 2: check-revocation finds the jti there, 401 invalid_token. The JWT servers now share a store, like the session servers.",
    vi: 'Các server dùng chung một Redis làm store thu hồi. Request đăng xuất của John rơi vào server 1, server này đưa jti vào denylist trong Redis. Một bản sao token rơi vào server 2: bước check-revocation thấy jti ở đó, trả 401 invalid_token. Lúc này các JWT server cũng dùng chung một store, giống các session server.',
  },
  steps: buildJwtLogoutAcross('jwt.architecture-logout-redis', 'redis'),
};
