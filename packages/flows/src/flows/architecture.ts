/**
 * Several servers behind a load balancer (document 004, "Architecture Differences"). Sessions kept
 * in each server's memory break as soon as a request lands on another server; a shared store
 * (Redis) fixes it. JWTs are verified with a key every server holds — with ES256 only the public
 * key, published at /.well-known/jwks.json — but logout and revocation still need one shared store.
 *
 * Step ids: session.login.*, session.auth.*, jwt.login.*, jwt.auth.*, jwt.jwks.respond (server);
 * browser steps <flow>.login, <flow>.next-request.
 * Reference: RFC 7517 (JWK Set); RFC 8725 §3.1–3.2; OWASP Session Management CS.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import { buildJwtLoginSteps } from '../steps/jwt-login-steps.ts';
import { buildJwtAuthSteps, buildJwtRespondStep } from '../steps/jwt-steps.ts';
import { buildSessionLoginSteps, buildSessionRespondStep } from '../steps/session-login-steps.ts';
import {
  buildSessionLoadStep,
  buildSessionReadCookieStep,
  buildSessionRejectSteps,
} from '../steps/session-steps.ts';
import { adjustStep, forwardFrom, type Place, putInPhase } from '../steps/step-helpers.ts';
import type { Flow, Step } from '../types.ts';

export const LB = 'load-balancer';

const LOGIN_PHASE: Localized = {
  en: 'Login lands on server 1',
  vi: 'Request đăng nhập rơi vào server 1',
};
const NEXT_REQUEST_PHASE: Localized = {
  en: 'Next request lands on server 2',
  vi: 'Request tiếp theo rơi vào server 2',
};

export function place(
  api: 'server-1' | 'server-2',
  store: 'server-1' | 'server-2' | 'redis',
): Place {
  return { api, store, db: 'users-db' };
}

export function buildBrowserRequest(id: string, message: Localized, explanation: Localized): Step {
  return { id, side: 'browser', from: 'browser', to: LB, message, explanation, effects: [] };
}

const ROUND_ROBIN: Localized = {
  en: 'The load balancer picks a server (round robin, no sticky sessions).',
  vi: 'Load balancer chọn một server (round robin, không dùng sticky session).',
};

export function buildSessionLogin(
  flowId: string,
  store: 'server-1' | 'redis',
  where: Localized,
  routing: Localized = ROUND_ROBIN,
): Step[] {
  return putInPhase(LOGIN_PHASE, [
    buildBrowserRequest(`${flowId}.login`, keepVerbatim('POST /login {email, password}'), routing),
    ...forwardFrom(
      LB,
      adjustStep(buildSessionLoginSteps(place('server-1', store)), 'session.login.store-session', {
        message: { en: `store the session in ${where.en}`, vi: `lưu session vào ${where.vi}` },
        effects: [
          {
            location: 'server-store',
            change: 'gains',
            what: { en: `session entry, in ${where.en}`, vi: `session, trong ${where.vi}` },
          },
        ],
      }),
    ),
  ]);
}

function buildNextRequest(flowId: string): Step {
  return buildBrowserRequest(
    `${flowId}.next-request`,
    keepVerbatim('GET /me (Cookie: authlab.sid)'),
    {
      en: 'The next request happens to land on the other server.',
      vi: 'Request tiếp theo tình cờ rơi vào server còn lại.',
    },
  );
}

export const SESSION_ARCHITECTURE_MEMORY_FLOW: Flow = {
  id: 'session.architecture-memory',
  api: 'session',
  section: 'architecture',
  title: {
    en: 'Sessions in each server’s memory: the second server does not know you',
    vi: 'Session nằm trong bộ nhớ của từng server: server thứ hai không biết bạn là ai',
  },
  summary: {
    en: "Two session-api servers, each keeping sessions in its own memory, behind a round-robin load balancer. John logs in on server 1; his next request lands on server 2, which has never seen his session id: 401, and he looks logged out. 004's 'Problem: sessions not shared between servers'. Sticky sessions only hide it until a server restarts.",
    vi: "Hai server session-api, mỗi server giữ session trong bộ nhớ riêng, đứng sau một load balancer chia lượt (round robin). John đăng nhập ở server 1; request tiếp theo rơi vào server 2, nơi chưa từng thấy session id của anh: 401, và anh trông như đã bị đăng xuất. Đây là 'Vấn đề: session không được chia sẻ giữa các server' của 004. Sticky session chỉ che giấu vấn đề cho tới khi một server khởi động lại.",
  },
  steps: [
    ...buildSessionLogin('session.architecture-memory', 'server-1', {
      en: "server 1's memory",
      vi: 'bộ nhớ của server 1',
    }),
    ...putInPhase(NEXT_REQUEST_PHASE, [
      buildNextRequest('session.architecture-memory'),
      ...forwardFrom(
        LB,
        buildSessionRejectSteps({
          outcome: 'missing',
          why: { en: "not in server 2's memory", vi: 'không có trong bộ nhớ của server 2' },
          place: place('server-2', 'server-2'),
        }),
      ),
    ]),
  ],
};

export const SESSION_ARCHITECTURE_REDIS_FLOW: Flow = {
  id: 'session.architecture-redis',
  api: 'session',
  section: 'architecture',
  title: {
    en: 'Sessions in a shared Redis: any server finds them',
    vi: 'Session nằm trong Redis dùng chung: server nào cũng tìm thấy',
  },
  summary: {
    en: "The same two servers, now sharing one Redis (REDIS_URL). Server 1 stores John's session there; server 2 reads it on the next request and answers 200. 004's 'Solution: use Redis or shared session storage'. The price is one network round trip to Redis per request (docs/performance.md measures it, on loopback) and a store that must stay up (503 store_unavailable otherwise).",
    vi: "Vẫn hai server đó, giờ dùng chung một Redis (REDIS_URL). Server 1 lưu session của John vào đó; server 2 đọc nó ở request tiếp theo và trả 200. Đây là 'Giải pháp: dùng Redis hoặc nơi lưu session dùng chung' của 004. Cái giá là mỗi request thêm một lượt đi-về qua mạng tới Redis (docs/performance.md đo nó, qua loopback) và một store phải luôn chạy (nếu không thì 503 store_unavailable).",
  },
  steps: [
    ...buildSessionLogin('session.architecture-redis', 'redis', {
      en: 'the shared Redis',
      vi: 'Redis dùng chung',
    }),
    ...putInPhase(NEXT_REQUEST_PHASE, [
      buildNextRequest('session.architecture-redis'),
      ...forwardFrom(LB, [
        buildSessionReadCookieStep(place('server-2', 'redis')),
        buildSessionLoadStep(place('server-2', 'redis')),
      ]),
      buildSessionRespondStep('{user}', place('server-2', 'redis')),
    ]),
  ],
};

export const JWT_ARCHITECTURE_FLOW: Flow = {
  id: 'jwt.architecture',
  api: 'jwt',
  section: 'architecture',
  title: {
    en: 'JWTs across servers: verify with a key, revoke with a shared store',
    vi: 'JWT trên nhiều server: kiểm tra bằng khóa, thu hồi bằng store dùng chung',
  },
  summary: {
    en: "Two jwt-api servers behind the load balancer. Server 1 signs John's token at login; server 2 verifies it on the next request with nothing but the key: with ES256 it holds only the public key, fetched from /.well-known/jwks.json, and cannot sign. 004 says 'no shared storage needed': true for checking the signature, but logout and revocation work on every server only if the revocation state (here in Redis) is shared too.",
    vi: "Hai server jwt-api đứng sau load balancer. Server 1 ký token của John lúc đăng nhập; server 2 kiểm tra nó ở request tiếp theo chỉ với khóa: với ES256 nó chỉ giữ public key, lấy từ /.well-known/jwks.json, và không ký được. 004 nói 'không cần lưu trữ dùng chung': đúng với việc kiểm tra chữ ký, nhưng đăng xuất và thu hồi chỉ có tác dụng trên mọi server khi trạng thái thu hồi (ở đây nằm trong Redis) cũng được dùng chung.",
  },
  steps: [
    ...putInPhase(
      {
        en: 'Server 2 fetches the public keys (ES256)',
        vi: 'Server 2 lấy các public key (ES256)',
      },
      [
        {
          // Server 2 asks, server 1 answers: the arrow points the way the request goes.
          id: 'jwt.jwks.respond',
          side: 'server',
          from: 'server-2',
          to: 'server-1',
          message: keepVerbatim('GET /.well-known/jwks.json → 200 {keys: [public JWK]}'),
          explanation: {
            en: "A JWK Set (RFC 7517) holds public keys only, named by kid. Any server or service can verify with them but none can sign. With HS256 every verifier holds the signing secret (004's shared JWT_SECRET) and this route answers 404.",
            vi: 'Một JWK Set (RFC 7517) chỉ chứa public key, mỗi khóa có tên là kid. Server hay service nào cũng kiểm tra được bằng chúng nhưng không ai ký được. Với HS256 thì bên kiểm tra nào cũng giữ secret dùng để ký (JWT_SECRET dùng chung của 004) và route này trả 404.',
          },
          effects: [],
        },
      ],
    ),
    ...putInPhase(LOGIN_PHASE, [
      buildBrowserRequest('jwt.architecture.login', keepVerbatim('POST /login {email, password}'), {
        en: 'The load balancer picks a server (round robin).',
        vi: 'Load balancer chọn một server (round robin).',
      }),
      ...forwardFrom(
        LB,
        adjustStep(buildJwtLoginSteps(place('server-1', 'redis')), 'jwt.login.sign-access-token', {
          message: {
            en: 'sign access token with the private key (ES256, kid)',
            vi: 'ký access token bằng private key (ES256, kid)',
          },
        }),
      ),
    ]),
    ...putInPhase(NEXT_REQUEST_PHASE, [
      buildBrowserRequest(
        'jwt.architecture.next-request',
        keepVerbatim('GET /me + Authorization: Bearer <access token>'),
        {
          en: 'The next request happens to land on the other server.',
          vi: 'Request tiếp theo tình cờ rơi vào server còn lại.',
        },
      ),
      ...forwardFrom(
        LB,
        adjustStep(
          buildJwtAuthSteps({ place: place('server-2', 'redis') }),
          'jwt.auth.verify-signature',
          {
            message: {
              en: 'verify with the public key for its kid (no private key here)',
              vi: 'kiểm tra bằng public key ứng với kid (ở đây không có private key)',
            },
          },
        ),
      ),
      buildJwtRespondStep('{user}', place('server-2', 'redis')),
    ]),
  ],
};
