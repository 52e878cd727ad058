/**
 * GET /.well-known/jwks.json: the public keys other services use to verify this API's tokens.
 *
 * Teaches: with ES256 only this API can sign (it alone holds the private key), yet any service can
 * verify, by fetching this JWK Set and picking the key named by the token's `kid`. The set lists
 * the current key and the previous ones that still have unexpired tokens out there, and only
 * their public members (`kty`, `crv`, `x`, `y`, `kid`, `alg`, `use`) — never `d`. With HS256 there
 * is nothing public to publish (the verification key IS the signing key), so the route is 404.
 * Verifiers must still pin the algorithm themselves and never follow a `jku` from a token.
 *
 * Flow step ids: jwt.jwks.respond.
 * Reference: RFC 7517 §5 (JWK Set), §4.5 (kid); RFC 8414 §2 (`jwks_uri`); RFC 8725 §3.1, §3.10.
 */
import { NotFoundError } from '@authlab/http/errors';
import Router from '@koa/router';
import type { KeySet } from '../keys/key-set.ts';
import { getTrace } from '../trace.ts';

export interface JwksRouterDeps {
  keys: KeySet;
}

export function createJwksRouter(deps: JwksRouterDeps): Router {
  const { keys } = deps;
  const router = new Router();
  router.get('/.well-known/jwks.json', async (ctx) => {
    // Read per request: a rotation adds the new key.
    const { jwks } = keys;
    if (jwks === null) throw new NotFoundError();
    await getTrace(ctx).step('jwt.jwks.respond', () => {
      ctx.body = jwks;
    });
  });
  return router;
}
