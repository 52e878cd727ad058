/**
 * GET /.well-known/jwks.json: the attacker's own JWK Set, for the `jku` forgery of the token lab.
 * A forged token's header points `jku` here; a verifier that follows it downloads the attacker's
 * public key and "verifies" the attacker's signature with it. POST publishes the set the web
 * page generated (its public keys only: the private key never leaves the page).
 *
 * Teaches: a URL in a token header is attacker input; fetching a key from it hands the attacker
 * the choice of key (and the server's network access: SSRF).
 *
 * Flow step ids: none (the attacker's server; the real API never fetches a jku).
 * Reference: RFC 7515 §4.1.2 (jku); RFC 8725 §3.10; PortSwigger Web Security Academy, "JWT
 * attacks: injecting self-signed JWTs via the jku parameter".
 */
import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import { z } from 'zod';
import { allowAnyOrigin } from '../middleware/allow-any-origin.ts';

export const JWKS_PATH = '/.well-known/jwks.json';

/** Public EC or oct members only: a published set never needs more. */
const publicJwkSchema = z.looseObject({ kty: z.string(), kid: z.string().optional() });
const jwksSchema = z.object({ keys: z.array(publicJwkSchema).max(4) });

export function createJwksRouter(): Router {
  let jwks: z.infer<typeof jwksSchema> = { keys: [] };
  const router = new Router();
  router.options(JWKS_PATH, allowAnyOrigin());
  router.get(JWKS_PATH, allowAnyOrigin(), (ctx) => {
    ctx.body = jwks;
  });
  router.post(JWKS_PATH, allowAnyOrigin(), bodyParser(), (ctx) => {
    const parsed = jwksSchema.safeParse(ctx.request.body);
    if (!parsed.success) {
      ctx.status = 400;
      ctx.body = { error: { code: 'validation_failed', message: 'Expected {keys: [JWK…]}.' } };
      return;
    }
    jwks = parsed.data;
    ctx.status = 204;
  });
  return router;
}
