/**
 * A forged token against the real jwt-api: the attacker builds a token the API never issued —
 * `alg: none`, HS256 keyed with the public key, a `kid` that climbs to /dev/null, a key of its own
 * in `jwk` or behind `jku`, a weak secret cracked offline, or the original signature over a
 * tampered payload (@authlab/flows/forgery) — and sends it. koa-jwt refuses every one at
 * `jwt.auth.verify-token`: the algorithm comes from the server, the key from a fixed table by
 * `kid`, and the signature must verify. The lab's deliberately vulnerable verifier accepts each.
 *
 * Step ids: jwt.auth.verify-token, jwt.auth.reject (server); attacker steps jwt.attack-forged-token.*.
 * Reference: RFC 8725 §2.1, §2.2, §2.9, §3.1, §3.2, §3.3, §3.5, §3.10.
 */
import { replyTo } from '../steps/attack-steps.ts';
import { buildJwtRejectStep, buildJwtVerifyTokenStep } from '../steps/jwt-steps.ts';
import { putInPhase } from '../steps/step-helpers.ts';
import type { Flow } from '../types.ts';

export const JWT_FORGED_TOKEN_FLOW: Flow = {
  id: 'jwt.attack-forged-token',
  api: 'jwt',
  section: 'attacks',
  title: { en: 'JWT: a forged token is refused', vi: 'JWT: token giả mạo bị từ chối' },
  summary: {
    en: "Jane, an ordinary user, forges an admin token from her own: no signature, the wrong algorithm, a key of her choosing, a cracked weak secret, or the old signature over new claims. The lab's deliberately vulnerable verifier accepts each; the real API refuses each at verify-token, because the server — never the token — chooses the algorithm and the key.",
    vi: 'Jane, một người dùng thường, tự làm token admin từ token của mình: bỏ chữ ký, đổi thuật toán, dùng khóa do cô chọn, secret yếu dò ra được, hoặc giữ chữ ký cũ cho claim mới. Bộ xác minh cố tình có lỗ hổng của lab chấp nhận tất cả; API thật từ chối tất cả ở verify-token, vì server — không phải token — chọn thuật toán và khóa.',
  },
  steps: [
    ...putInPhase({ en: 'The forgery', vi: 'Giả mạo' }, [
      {
        id: 'jwt.attack-forged-token.forge',
        side: 'attacker',
        from: 'attacker-site',
        to: 'attacker-site',
        message: {
          en: 'forge: role "admin", then alg none / HS256 with the public key / kid ../../dev/null / jwk / jku / secret "secret" / old signature',
          vi: 'giả mạo: role "admin", rồi alg none / HS256 với khóa công khai / kid ../../dev/null / jwk / jku / secret "secret" / chữ ký cũ',
        },
        explanation: {
          en: 'Each forgery changes what a careless verifier trusts: the algorithm, the key, where the key comes from, or nothing at all but the claims.',
          vi: 'Mỗi kiểu giả mạo thay đổi đúng thứ mà một bộ xác minh cẩu thả tin tưởng: thuật toán, khóa, nguồn của khóa, hoặc chỉ mỗi các claim.',
        },
        effects: [],
      },
      {
        id: 'jwt.attack-forged-token.send',
        side: 'attacker',
        from: 'attacker-site',
        to: 'jwt-api',
        message: {
          en: 'GET /users (Authorization: Bearer <forged token>)',
          vi: 'GET /users (Authorization: Bearer <token giả>)',
        },
        explanation: {
          en: 'An admin-only route: the forged role would open it if the token were believed.',
          vi: 'Một route chỉ dành cho admin: role giả sẽ mở được nó nếu token được tin.',
        },
        effects: [],
      },
    ]),
    ...putInPhase(
      { en: 'The real API', vi: 'API thật' },
      replyTo('attacker-site', [
        {
          ...buildJwtVerifyTokenStep(),
          message: {
            en: 'koa-jwt: algorithm allowlist, key by kid, signature → failed',
            vi: 'koa-jwt: danh sách thuật toán, khóa theo kid, chữ ký → failed',
          },
          explanation: {
            en: 'alg none or HS256 is not the algorithm pinned for the key (RFC 8725 §3.1); a kid that is a path, or a key in jwk/jku, finds no key in the fixed table (§3.10); a cracked weak secret is not this server’s 256-bit key (§3.5); a tampered payload does not match its signature (§3.3). Refused before any claim is read.',
            vi: 'alg none hay HS256 không phải thuật toán đã cố định cho khóa (RFC 8725 §3.1); kid là đường dẫn, hay khóa trong jwk/jku, không tìm thấy khóa nào trong bảng cố định (§3.10); secret yếu dò được không phải khóa 256 bit của server này (§3.5); payload bị sửa không khớp với chữ ký (§3.3). Bị từ chối trước khi đọc bất kỳ claim nào.',
          },
          outcome: 'failed',
        },
        buildJwtRejectStep(),
      ]),
    ),
  ],
};
