/**
 * What a verifier answers where a signer would issue tokens: POST /login, /refresh, /logout,
 * /logout-all, /me/password and GET /.well-known/jwks.json are 404 `not_found`, with a message that
 * says where to go instead.
 *
 * Teaches: a verifier (JWT_JWKS_URL) holds the signer's PUBLIC keys only, so it can check a
 * token but never write one — not at login, not at refresh, not after a password change, which
 * issues fresh tokens. Logout and logout-all revoke a refresh family, which lives with the signer.
 * A load balancer in front sends these paths to the signer (docs/cluster-lab.md, the `/es256`
 * group); a client that reaches a verifier anyway gets a clear answer, not a token it could never
 * have been given. The routes are mounted (not left out) so that the answer is this message
 * rather than the anonymous 404 of a path nobody serves.
 *
 * Flow step ids: none (the issuing flows run on the signer).
 * Reference: RFC 8725 §3.1 (who holds which key); RFC 7517 §5 (the JWKS a verifier reads);
 * docs/reference/http-api.md, "The cluster lab".
 */
import { NotFoundError } from '@authlab/http/errors';
import Router from '@koa/router';

export const SIGNER_ONLY_MESSAGE =
  'This instance only verifies tokens (JWT_JWKS_URL): log in, refresh and log out at the signer.';

export function createVerifierRouter(): Router {
  const router = new Router();
  const refuse = () => {
    throw new NotFoundError(SIGNER_ONLY_MESSAGE);
  };
  for (const path of ['/login', '/refresh', '/logout', '/logout-all', '/me/password']) {
    router.post(path, refuse);
  }
  router.get('/.well-known/jwks.json', refuse);
  return router;
}
