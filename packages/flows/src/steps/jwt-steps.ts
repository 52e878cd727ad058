/**
 * The JWT API's server steps that several flows share: the CSRF check, the four checks of a
 * Bearer token (success and refusal), and the response of a protected route.
 *
 * Step ids: jwt.csrf.check-request, jwt.auth.*, jwt.request.respond.
 * Reference: RFC 6750 (Bearer), RFC 7519 (JWT), RFC 8725 (JWT BCP), RFC 9068 (access-token
 * profile), OWASP JWT Cheat Sheet.
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import type { ServerStep } from '../types.ts';
import { JWT_PLACE, type Place } from './step-helpers.ts';

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

/** The four checks every Bearer-authenticated route runs, in order; the last one may refuse. */
export function buildJwtAuthSteps({
  place = JWT_PLACE,
  deniedBecause,
}: {
  place?: Place;
  deniedBecause?: Localized;
} = {}): [ServerStep, ServerStep, ServerStep, ServerStep] {
  return [
    {
      id: 'jwt.auth.extract-token',
      side: 'server',
      from: place.api,
      to: place.api,
      message: {
        en: 'read the Bearer token from Authorization',
        vi: 'lấy Bearer token trong header Authorization',
      },
      explanation: {
        en: 'The page adds the header itself (RFC 6750 §2.1); a cross-site page cannot make the browser add it. No token → desc="absent" and a 401.',
        vi: 'Trang tự thêm header này (RFC 6750 §2.1); trang của site khác không thể bắt trình duyệt thêm nó. Không có token → desc="absent" và 401.',
      },
      effects: [
        {
          location: 'header',
          change: 'reads',
          what: keepVerbatim('Authorization: Bearer <access token>'),
        },
      ],
    },
    {
      id: 'jwt.auth.verify-signature',
      side: 'server',
      from: place.api,
      to: place.api,
      message: {
        en: 'verify signature (algorithm pinned by the server)',
        vi: 'kiểm tra chữ ký (thuật toán do server cố định)',
      },
      explanation: {
        en: "The algorithm comes from the server's configuration, never from the token header: RFC 8725 §3.1 says libraries MUST let the caller fix the allowed algorithms, which defeats alg=none and key confusion.",
        vi: 'Thuật toán lấy từ cấu hình của server, không bao giờ lấy từ header của token: RFC 8725 §3.1 yêu cầu thư viện PHẢI cho phép bên gọi cố định các thuật toán được chấp nhận, nhờ vậy chặn được alg=none và tấn công nhầm khóa (key confusion).',
      },
      effects: [],
    },
    {
      id: 'jwt.auth.check-claims',
      side: 'server',
      from: place.api,
      to: place.api,
      message: { en: 'check typ at+jwt, iss, aud, exp', vi: 'kiểm tra typ at+jwt, iss, aud, exp' },
      explanation: {
        en: 'A good signature is not enough: it must be an access token (typ at+jwt, RFC 9068) from this issuer (iss), for this API (aud), not expired (exp, RFC 7519 §4.1.4). RFC 8725 §3.8–3.11.',
        vi: 'Chữ ký đúng vẫn chưa đủ: đó phải là access token (typ at+jwt, RFC 9068), do đúng bên phát hành (iss), dành cho đúng API này (aud), và chưa hết hạn (exp, RFC 7519 §4.1.4). RFC 8725 §3.8–3.11.',
      },
      effects: [],
    },
    {
      id: 'jwt.auth.check-revocation',
      side: 'server',
      from: place.api,
      to: place.store,
      message: deniedBecause
        ? {
            en: 'jti denylisted? ver below floor? → denied',
            vi: 'jti bị chặn? ver dưới mức tối thiểu? → denied',
          }
        : { en: 'jti denylisted? ver below floor?', vi: 'jti bị chặn? ver dưới mức tối thiểu?' },
      explanation: deniedBecause
        ? {
            en: `Refused: ${deniedBecause.en}. This lookup is what lets a server withdraw a JWT before its exp.`,
            vi: `Bị từ chối: ${deniedBecause.vi}. Chính lần tra cứu này cho phép server thu hồi một JWT trước khi nó hết hạn.`,
          }
        : {
            en: "The one lookup that makes logout and revocation work before exp: a denylisted jti, a revoked family or a ver below the user's credential floor is refused (OWASP JWT CS, 'No Built-In Token Revocation by the User'). One store read, no users-database query. The documents' 'no lookup' JWT cannot be withdrawn.",
            vi: "Lần tra cứu duy nhất giúp đăng xuất và thu hồi có tác dụng trước exp: jti nằm trong denylist, family đã bị thu hồi, hoặc ver thấp hơn mức tối thiểu của user đều bị từ chối (OWASP JWT CS, 'No Built-In Token Revocation by the User'). Chỉ một lần đọc store, không truy vấn database users. JWT 'không tra cứu' như trong tài liệu thì không thể thu hồi.",
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
    },
  ];
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

/** The response of GET /me or GET /users once the token passed its four checks. */
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
    explanation: {
      en: 'The answer, with Cache-Control: no-store so no shared cache keeps a copy of personal data.',
      vi: 'Câu trả lời, kèm Cache-Control: no-store để không cache dùng chung nào giữ lại bản sao dữ liệu cá nhân.',
    },
    effects: [],
  };
}
