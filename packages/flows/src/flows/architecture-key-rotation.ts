/**
 * Key rotation across servers (ES256): what the cluster lab's `/es256` group shows when the signer
 * rotates its key. Server 1 signs and publishes its public keys; server 2 holds no key, only the
 * address of server 1's JWKS. After the rotation the token John already holds (old kid) still
 * verifies on server 2, and a new login's token (new kid) makes server 2 fetch the JWKS again.
 *
 * The JWKS fetches are server-to-server requests: the client's Server-Timing never lists them, so
 * they are told in the verify step's message (jwt.architecture draws the fetch as its own arrow).
 *
 * Step ids: jwt.csrf.*, jwt.login.*, jwt.auth.*, jwt.request.respond (server); browser steps
 * <flow>.replay-old-token, <flow>.login, <flow>.next-request.
 * Reference: RFC 7517 §5 (JWK Set), §4.5 (kid); RFC 7638 (thumbprint); RFC 8725 §3.1;
 * docs/cluster-lab.md, "Key rotation".
 */
import { keepVerbatim, type Localized } from '../localized.ts';
import { buildJwtLoginSteps } from '../steps/jwt-login-steps.ts';
import { buildJwtAuthSteps, buildJwtRespondStep } from '../steps/jwt-steps.ts';
import { adjustStep, forwardFrom, putInPhase } from '../steps/step-helpers.ts';
import type { Flow, Step } from '../types.ts';
import { buildBrowserRequest, LB, place } from './architecture.ts';

const FLOW_ID = 'jwt.architecture-key-rotation';
const SIGNER = place('server-1', 'server-1');
const VERIFIER = place('server-2', 'server-2');

/** GET /me on server 2, the verifier, with the key for the token's kid found as `how` says. */
function askVerifier(browserStepId: string, token: Localized, how: Localized): Step[] {
  return [
    buildBrowserRequest(
      browserStepId,
      {
        en: `GET /me + Authorization: Bearer <${token.en}>`,
        vi: `GET /me + Authorization: Bearer <${token.vi}>`,
      },
      {
        en: 'The load balancer sends it to server 2, a verifier.',
        vi: 'Load balancer gửi nó tới server 2, một máy xác minh.',
      },
    ),
    ...forwardFrom(
      LB,
      adjustStep(buildJwtAuthSteps({ place: VERIFIER }), 'jwt.auth.verify-token', {
        message: how,
      }),
    ),
    buildJwtRespondStep('{user}', VERIFIER),
  ];
}

export const JWT_ARCHITECTURE_KEY_ROTATION_FLOW: Flow = {
  id: FLOW_ID,
  api: 'jwt',
  section: 'architecture',
  title: {
    en: 'Key rotation (ES256): one server rotates, the others follow through the JWKS',
    vi: 'Xoay vòng khoá (ES256): một server xoay vòng, các server khác theo qua JWKS',
  },
  summary: {
    en: "Server 1 signs with ES256 and publishes its public keys; server 2 holds no key, only server 1's JWKS address. John holds a token signed with kid A. Server 1 rotates: a new key, kid B, signs from now on, and kid A stays in the JWKS. John's token still verifies on server 2 (kid A is still published); a new login's token carries kid B, which server 2 has not seen: it fetches the JWKS again, finds kid B, 200. Nothing was sent to server 2. With HS256 the secret that signs also verifies, so rotating it means giving every server the new secret at once, and every token signed with the old one is refused.",
    vi: 'Server 1 ký bằng ES256 và công bố các public key của nó; server 2 không giữ khoá nào, chỉ giữ địa chỉ JWKS của server 1. John đang giữ một token ký bằng kid A. Server 1 xoay vòng khoá: từ giờ một khoá mới, kid B, dùng để ký, còn kid A vẫn nằm trong JWKS. Token của John vẫn được server 2 chấp nhận (kid A vẫn được công bố); token của lần đăng nhập mới mang kid B, thứ server 2 chưa thấy: nó tải lại JWKS, tìm thấy kid B, trả 200. Không có gì được gửi tới server 2. Với HS256, khoá bí mật dùng để ký cũng dùng để xác minh, nên xoay vòng nó nghĩa là trao khoá mới cho mọi server cùng lúc, và mọi token ký bằng khoá cũ đều bị từ chối.',
  },
  steps: [
    ...putInPhase(
      {
        en: 'After the rotation: the old token on server 2',
        vi: 'Sau khi xoay vòng: token cũ trên server 2',
      },
      askVerifier(
        `${FLOW_ID}.replay-old-token`,
        { en: 'token signed with kid A', vi: 'token ký bằng kid A' },
        {
          en: 'koa-jwt: key for kid A from the JWKS it fetched before (still published), signature, iss, aud, exp',
          vi: 'koa-jwt: key của kid A từ JWKS đã tải trước đó (vẫn được công bố), chữ ký, iss, aud, exp',
        },
      ),
    ),
    ...putInPhase(
      { en: 'A new login lands on server 1', vi: 'Một lần đăng nhập mới rơi vào server 1' },
      [
        buildBrowserRequest(`${FLOW_ID}.login`, keepVerbatim('POST /login {email, password}'), {
          en: 'Logins always go to server 1: it alone holds the private key.',
          vi: 'Đăng nhập luôn đi tới server 1: chỉ nó giữ private key.',
        }),
        ...forwardFrom(
          LB,
          adjustStep(buildJwtLoginSteps(SIGNER), 'jwt.login.sign-access-token', {
            message: {
              en: 'sign access token with the NEW private key (ES256, kid B)',
              vi: 'ký access token bằng private key MỚI (ES256, kid B)',
            },
          }),
        ),
      ],
    ),
    ...putInPhase(
      { en: 'The new token on server 2', vi: 'Token mới trên server 2' },
      askVerifier(
        `${FLOW_ID}.next-request`,
        { en: 'token signed with kid B', vi: 'token ký bằng kid B' },
        {
          en: "koa-jwt: kid B unknown → GET server 1's /.well-known/jwks.json again (rate-limited), key for kid B, signature, iss, aud, exp",
          vi: 'koa-jwt: chưa biết kid B → tải lại /.well-known/jwks.json của server 1 (có giới hạn tần suất), key của kid B, chữ ký, iss, aud, exp',
        },
      ),
    ),
  ],
};
