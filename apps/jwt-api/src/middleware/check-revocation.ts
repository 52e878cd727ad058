/**
 * koa-jwt's `isRevoked`: the one store lookup that lets this API withdraw a signed token before
 * its `exp`. koa-jwt calls it with the verified token, right after jsonwebtoken accepted the
 * signature, `iss`, `aud` and `exp`/`nbf`; answering `true` makes koa-jwt refuse the token.
 *
 * Teaches: "stateless" stops here. The `jti` may be denylisted (logout), its refresh family
 * revoked (`fid`: logout, reuse), its `ver` below the user's credential floor (logout-all,
 * password change, disabling), or its `iat` older than the store's records (a memory store that
 * restarted, a Redis that lost the family): ONE store round trip, no users-database query.
 * It fails CLOSED twice over: a token without the claims the lookup needs cannot be shown to be
 * live, so it counts as revoked; and a store that cannot answer is a 503, never "not revoked".
 *
 * Flow step ids: jwt.auth.verify-token (its end), jwt.auth.check-revocation.
 * Reference: koa-jwt README, "Checking if the token is revoked"; OWASP JSON Web Token Cheat
 * Sheet, "No Built-In Token Revocation by the User"; OWASP Error Handling, "fail securely".
 */
import { HttpError, InternalError } from '@authlab/http/errors';
import type { Context } from 'koa';
import type { AccessTokenRef, RevocationStore } from '../stores/revocation-store.ts';
import { isClaimsObject, isTokenId, isUserId } from '../tokens/token-claims.ts';
import { getTrace } from '../trace.ts';

/** koa-jwt's `isRevoked(ctx, decodedToken, token)`; `decodedToken` is `{ header, payload }`. */
export type RevocationCheck = (ctx: Context, decodedToken: object) => Promise<boolean>;

/**
 * What the store needs, read from claims that no check has typed yet (the claims middleware runs
 * after koa-jwt): `null` when one is missing or of the wrong type.
 */
function readAccessTokenRef(decodedToken: object): AccessTokenRef | null {
  const payload = 'payload' in decodedToken ? decodedToken.payload : null;
  if (!isClaimsObject(payload)) return null;
  const { jti, fid, sub, ver, iat } = payload;
  if (!isTokenId(jti) || !isTokenId(fid) || !isUserId(sub)) return null;
  if (typeof ver !== 'number' || typeof iat !== 'number') return null;
  return {
    jti,
    familyId: fid,
    userId: Number(sub),
    credentialVersion: ver,
    issuedAtSeconds: iat,
  };
}

/**
 * `verifyStartedAt(ctx)` tells when koa-jwt began with this request: reaching `isRevoked` is the
 * first moment the code knows the token passed verification, so the step ends here.
 */
export function createRevocationCheck(
  revocationStore: RevocationStore,
  verifyStartedAt: (ctx: Context) => number,
): RevocationCheck {
  return async function isRevoked(ctx, decodedToken) {
    const trace = getTrace(ctx);
    trace.record('jwt.auth.verify-token', performance.now() - verifyStartedAt(ctx));
    return trace.step('jwt.auth.check-revocation', async (step) => {
      const ref = readAccessTokenRef(decodedToken);
      if (ref === null) {
        step.setOutcome('failed');
        return true;
      }
      let revoked: boolean;
      try {
        revoked = await revocationStore.isAccessTokenRevoked(ref);
      } catch (error) {
        // koa-jwt turns whatever isRevoked throws into its 401: a typed error lets authenticate()
        // tell a store outage (503) or a bug (500) from a refused token.
        throw error instanceof HttpError ? error : new InternalError(error);
      }
      if (revoked) step.setOutcome('denied');
      return revoked;
    });
  };
}
