/**
 * GET /users on the JWT API once the page has sent its Bearer token: the four checks, the role
 * check and the query. Shared by the protected request and by the retry after a refresh.
 *
 * Step ids: jwt.auth.*, jwt.request.authorize, jwt.request.query-users, jwt.request.respond.
 * Reference: RFC 6750 §2.1; RFC 8725 §3; OWASP Authorization CS ("Deny by Default").
 */
import type { Localized } from '../localized.ts';
import type { ServerStep } from '../types.ts';
import { buildJwtAuthSteps, buildJwtRespondStep } from './jwt-steps.ts';

export const AUTHORIZE_EXPLANATION: Localized = {
  en: "Authentication says who is asking; authorization decides what they may do. Only admins list users (others get 403 forbidden), checked on the server for every request (OWASP Authorization CS, 'Deny by Default').",
  vi: "Xác thực (authentication) cho biết ai đang hỏi; phân quyền (authorization) quyết định người đó được làm gì. Chỉ admin mới xem được danh sách user (người khác nhận 403 forbidden), server kiểm tra ở mọi request (OWASP Authorization CS, 'Deny by Default').",
};

export function buildJwtUsersSteps(
  queryExplanation: Localized,
  authorizeExplanation: Localized = AUTHORIZE_EXPLANATION,
): ServerStep[] {
  return [
    ...buildJwtAuthSteps(),
    {
      id: 'jwt.request.authorize',
      side: 'server',
      from: 'jwt-api',
      to: 'jwt-api',
      message: { en: "role claim is 'admin'?", vi: "claim role là 'admin'?" },
      explanation: authorizeExplanation,
      effects: [],
    },
    {
      id: 'jwt.request.query-users',
      side: 'server',
      from: 'jwt-api',
      to: 'users-db',
      message: {
        en: 'list users (never the hashes)',
        vi: 'lấy danh sách user (không bao giờ kèm hash)',
      },
      explanation: queryExplanation,
      effects: [
        {
          location: 'users-db',
          change: 'reads',
          what: { en: 'users (public fields)', vi: 'users (các trường công khai)' },
        },
      ],
    },
    buildJwtRespondStep('{users: [...]}'),
  ];
}
