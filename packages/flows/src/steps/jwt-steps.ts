/**
 * The JWT API's server steps that several flows share: the CSRF check, the three steps of a
 * Bearer token check (koa-jwt's verification, its isRevoked lookup, the claims check), the
 * refusal, and the response of a protected route.
 *
 * Step ids: jwt.csrf.check-request, jwt.auth.*, jwt.request.respond.
 * Reference: RFC 6750 (Bearer), RFC 7519 (JWT), RFC 8725 (JWT BCP), RFC 9068 (access-token
 * profile), OWASP JWT Cheat Sheet.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import type { ServerStep } from '../types.ts';
import { JWT_PLACE, NO_STORE_EXPLANATION, type Place } from './step-helpers.ts';

export function buildJwtCsrfStep(place: Place = JWT_PLACE): ServerStep {
  return {
    id: 'jwt.csrf.check-request',
    side: 'server',
    from: place.api,
    to: place.api,
    message: {
      en: 'check X-Requested-With, Sec-Fetch-Site, Origin',
      vi: 'kiểm tra X-Requested-With, Sec-Fetch-Site, Origin',
    },
    explanation: {
      en: 'The refresh token rides in a cookie, so cookie-carrying routes are CSRF targets even in a JWT API; the custom header and Sec-Fetch-Site/Origin prove the request comes from the app (OWASP CSRF Prevention CS). Otherwise 403 csrf_rejected.',
      vi: 'Refresh token nằm trong cookie, nên các route nhận cookie vẫn là mục tiêu CSRF dù là JWT API; header tự đặt cùng Sec-Fetch-Site/Origin chứng minh request đến từ chính app (OWASP CSRF Prevention CS). Nếu không thì trả 403 csrf_rejected.',
    },
    effects: [
      {
        location: 'header',
        change: 'reads',
        what: keepVerbatim('X-Requested-With, Sec-Fetch-Site, Origin'),
      },
    ],
  };
}

/**
 * What koa-jwt does in one call: read the Bearer token, pick the key for its `kid`, and have
 * jsonwebtoken check the signature, `iss`, `aud` and `exp`/`nbf`. Exported for the flows that
 * show it refusing (an expired token).
 */
export function buildJwtVerifyTokenStep(place: Place = JWT_PLACE): ServerStep {
  return {
    id: 'jwt.auth.verify-token',
    side: 'server',
    from: place.api,
    to: place.api,
    message: {
      en: 'koa-jwt: Bearer token, key for its kid, signature, iss, aud, exp',
      vi: 'koa-jwt: lấy Bearer token, chọn key theo kid, kiểm tra chữ ký, iss, aud, exp',
    },
    explanation: {
      en: 'koa-jwt takes the token from the Authorization header only (RFC 6750 §2.1: a cross-site page cannot make the browser add it, and a token in the query string would end up in logs), picks the key for its kid, and jsonwebtoken checks the signature with the one algorithm the server pinned for that key — RFC 8725 §3.1, which defeats alg=none and key confusion — then iss, aud and exp/nbf with 5 s of leeway. No token → desc="absent", expired → desc="expired", anything else → desc="failed"; each ends in a 401.',
      vi: 'koa-jwt chỉ lấy token từ header Authorization (RFC 6750 §2.1: trang của site khác không thể bắt trình duyệt thêm header này, còn token đặt trong query string sẽ lọt vào log), chọn key theo kid, rồi jsonwebtoken kiểm tra chữ ký bằng đúng một thuật toán mà server đã cố định cho key đó — RFC 8725 §3.1, nhờ vậy chặn được alg=none và tấn công nhầm khóa (key confusion) — sau đó kiểm tra iss, aud và exp/nbf, cho phép lệch 5 giây. Không có token → desc="absent", hết hạn → desc="expired", lỗi khác → desc="failed"; trường hợp nào cũng kết thúc bằng 401.',
    },
    effects: [
      {
        location: 'header',
        change: 'reads',
        what: keepVerbatim('Authorization: Bearer <access token>'),
      },
    ],
  };
}

function buildJwtCheckRevocationStep(place: Place, deniedBecause?: Localized): ServerStep {
  return {
    id: 'jwt.auth.check-revocation',
    side: 'server',
    from: place.api,
    to: place.store,
    message: deniedBecause
      ? {
          en: 'isRevoked: jti denylisted? ver below floor? → denied',
          vi: 'isRevoked: jti bị chặn? ver dưới mức tối thiểu? → denied',
        }
      : {
          en: 'isRevoked: jti denylisted? ver below floor?',
          vi: 'isRevoked: jti bị chặn? ver dưới mức tối thiểu?',
        },
    explanation: deniedBecause
      ? {
          en: `Refused: ${deniedBecause.en}. This lookup is what lets a server withdraw a JWT before its exp.`,
          vi: `Bị từ chối: ${deniedBecause.vi}. Chính lần tra cứu này cho phép server thu hồi một JWT trước khi nó hết hạn.`,
        }
      : {
          en: "koa-jwt calls isRevoked right after verifying the token: the one lookup that makes logout and revocation work before exp. A denylisted jti, a revoked family or a ver below the user's credential floor is refused (OWASP JWT CS, 'No Built-In Token Revocation by the User'), and so is a token without the claims the lookup needs. It fails closed when the store has lost data: a memory store refuses tokens issued before it started, Redis refuses a token whose refresh family it has no record of. One store read, no users-database query. The documents' 'no lookup' JWT cannot be withdrawn.",
          vi: "koa-jwt gọi isRevoked ngay sau khi xác minh token: lần tra cứu duy nhất giúp đăng xuất và thu hồi có tác dụng trước exp. jti nằm trong denylist, family đã bị thu hồi, hay ver thấp hơn mức tối thiểu của user đều bị từ chối (OWASP JWT CS, 'No Built-In Token Revocation by the User'); token thiếu các claim cần cho lần tra cứu này cũng vậy. Khi store mất dữ liệu thì vẫn an toàn: store trong bộ nhớ từ chối token phát hành trước lúc nó khởi động, Redis từ chối token mà nó không còn bản ghi family. Chỉ một lần đọc store, không truy vấn database users. JWT 'không tra cứu' như trong tài liệu thì không thể thu hồi.",
        },
    effects: [
      {
        location: 'revocation-store',
        change: 'reads',
        what: {
          en: 'jti denylisted? family revoked? credential floor of sub',
          vi: 'jti bị chặn? family bị thu hồi? ver tối thiểu của sub',
        },
      },
    ],
    ...(deniedBecause ? { outcome: 'denied' as const } : {}),
  };
}

function buildJwtCheckClaimsStep(place: Place): ServerStep {
  return {
    id: 'jwt.auth.check-claims',
    side: 'server',
    from: place.api,
    to: place.api,
    message: {
      en: 'check typ at+jwt and the required claims',
      vi: 'kiểm tra typ at+jwt và các claim bắt buộc',
    },
    explanation: {
      en: 'A good signature only says this API wrote the token. It must also be an access token (typ at+jwt, RFC 9068 §2.1, so a refresh token never opens a route) and carry every claim the routes rely on: sub, jti, fid, ver, role, email, name, and exp — jsonwebtoken skips the expiry check when exp is absent. RFC 8725 §3.11.',
      vi: 'Chữ ký đúng chỉ cho biết token do chính API này viết ra. Nó còn phải là access token (typ at+jwt, RFC 9068 §2.1, để refresh token không bao giờ mở được route nào) và có đủ mọi claim mà các route cần: sub, jti, fid, ver, role, email, name và exp — jsonwebtoken bỏ qua bước kiểm tra hạn khi token không có exp. RFC 8725 §3.11.',
    },
    effects: [],
  };
}

/**
 * The steps of every Bearer-authenticated route, in the order the code runs them: koa-jwt
 * (verify, then its isRevoked), then the claims middleware. A denied token stops at the lookup.
 */
export function buildJwtAuthSteps({
  place = JWT_PLACE,
  deniedBecause,
}: {
  place?: Place;
  deniedBecause?: Localized;
} = {}): ServerStep[] {
  const verify = buildJwtVerifyTokenStep(place);
  if (deniedBecause) return [verify, buildJwtCheckRevocationStep(place, deniedBecause)];
  return [verify, buildJwtCheckRevocationStep(place), buildJwtCheckClaimsStep(place)];
}

export function buildJwtRejectStep(place: Place = JWT_PLACE): ServerStep {
  return {
    id: 'jwt.auth.reject',
    side: 'server',
    from: place.api,
    to: 'browser',
    message: keepVerbatim('401 invalid_token + WWW-Authenticate: Bearer error="invalid_token"'),
    explanation: {
      en: 'RFC 6750 §3.1: a token that is expired, revoked or malformed gets 401 invalid_token. One answer for every reason, so the client knows only that it needs a new token.',
      vi: 'RFC 6750 §3.1: token hết hạn, bị thu hồi hay sai định dạng đều nhận 401 invalid_token. Mọi lý do chung một câu trả lời, client chỉ biết là mình cần token mới.',
    },
    effects: [],
  };
}

/** The response of GET /me or GET /users once the token passed its checks. */
export function buildJwtRespondStep(
  body: '{user}' | '{users: [...]}',
  place: Place = JWT_PLACE,
): ServerStep {
  return {
    id: 'jwt.request.respond',
    side: 'server',
    from: place.api,
    to: 'browser',
    message: keepVerbatim(`200 ${body}`),
    explanation: NO_STORE_EXPLANATION,
    effects: [],
  };
}
