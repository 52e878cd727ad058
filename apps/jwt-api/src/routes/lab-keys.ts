/**
 * POST /lab/keys/rotate: the signer starts signing with a freshly generated ES256 key — a new
 * `kid`, its RFC 7638 thumbprint — and keeps the previous public key in its JWKS, so tokens
 * signed before keep verifying until they expire. Answers `{ kid, previous_kid, kids }`.
 *
 * Mounted only when LAB_ENABLED (development default), like the rest of the lab view; production
 * refuses to start with it. A real deployment rotates by restarting with a new JWT_PRIVATE_KEY
 * and the old public key in JWT_PREVIOUS_PUBLIC_KEYS — this route shows the same in one click.
 *
 * Teaches: with ES256 rotation is one instance's business. Verifiers hold no key: a token with
 * a `kid` they have not seen makes them fetch the JWKS again (jwks-key-loader.ts), and the new key
 * is there. With HS256 the one secret signs AND verifies on every instance: rotating it means
 * giving all of them the new secret at once, and every token signed with the old one is refused
 * from then on — so here it answers 404 and says so. A verifier (no key) answers 404 too.
 *
 * Flow step ids: none (development lab view: a key change, not a flow step).
 * Reference: RFC 7517 §5 (JWK Set), §4.5 (kid); RFC 7638 (thumbprint); RFC 8725 §3.5 (keys);
 * docs/cluster-lab.md, "Key rotation".
 */
import type { KeyRotationAnswer } from '@authlab/flows/api-types';
import { NotFoundError } from '@authlab/http/errors';
import Router from '@koa/router';
import type { KeySet } from '../keys/key-set.ts';
import { generateEs256PrivateKeyPem } from '../keys/load-keys.ts';

export const HS256_ROTATION_MESSAGE =
  'HS256 has one shared secret that signs and verifies: rotating it means giving every instance ' +
  'the new JWT_SECRET and restarting them all; tokens signed with the old one are then refused.';

export interface LabKeysRouterDeps {
  /** `null` on a verifier. */
  keys: KeySet | null;
}

export function createLabKeysRouter(deps: LabKeysRouterDeps): Router {
  const { keys } = deps;
  const router = new Router({ prefix: '/lab/keys' });
  router.post('/rotate', (ctx) => {
    if (keys === null) throw new NotFoundError('A verifier holds no key: rotate at the signer.');
    if (keys.algorithm !== 'ES256') throw new NotFoundError(HS256_ROTATION_MESSAGE);
    const previousKid = keys.signingKey.kid;
    keys.rotate(generateEs256PrivateKeyPem());
    ctx.body = {
      kid: keys.signingKey.kid,
      previous_kid: previousKid,
      kids: keys.verificationKeys.map((key) => key.kid),
    } satisfies KeyRotationAnswer;
  });
  return router;
}
