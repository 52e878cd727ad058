/**
 * ⚠ LAB MODE `jwt-stateless-no-revocation` (off by default, lab only, labelled): the documents'
 * stateless JWT. While it is on, koa-jwt's `isRevoked` answers "not revoked" WITHOUT asking the
 * store, so an access token stays valid until its `exp` after a logout, a password change or a
 * disabled account — exactly what document 004 says ("valid until expiration, unless
 * blacklisted"); and POST /refresh checks the refresh token's signature and `exp` only (no
 * family, no rotation, no reuse detection), so it works for its whole 7 days. Every response it
 * lets through carries `X-Authlab-Lab-Mode: jwt-stateless-no-revocation`, and its trace has no
 * `jwt.auth.check-revocation` (nor `jwt.refresh.rotate`) step: the steps the mode removes. The
 * revocation-latency ledger measures what that costs.
 *
 * Teaches: the store lookup is what makes a logout bite before `exp`; take it away and a stolen
 * token outlives every logout.
 *
 * Flow step ids: jwt.auth.verify-token (its end, recorded where the lookup would start),
 * jwt.refresh.verify-refresh-token (the family check it skips).
 * Reference: OWASP JSON Web Token Cheat Sheet, "No Built-In Token Revocation by the User";
 * RFC 7519 §4.1.4 (exp); docs/attacks-tokens.md, "Replay after logout".
 */

import type { LabModeId } from '@authlab/flows/lab-modes';
import type { Clock } from '@authlab/http/clock';
import { type LabModes, markLabMode } from '@authlab/http/lab-modes';
import type { Context } from 'koa';
import type { RevocationCheck } from '../middleware/check-revocation.ts';
import type { SignedToken } from '../tokens/sign-tokens.ts';
import { toNumericDate } from '../tokens/token-claims.ts';
import { getTrace } from '../trace.ts';

export const STATELESS_LAB_MODE = 'jwt-stateless-no-revocation' satisfies LabModeId;

/** `check` itself, unless the lab mode is on at the time of the request. */
export function withStatelessLabMode(
  check: RevocationCheck,
  labModes: LabModes,
  verifyStartedAt: (ctx: Context) => number,
): RevocationCheck {
  const isStateless = createStatelessLabModeCheck(labModes);
  return async function isRevokedUnlessStateless(ctx, decodedToken) {
    if (!isStateless(ctx)) return check(ctx, decodedToken);
    getTrace(ctx).record('jwt.auth.verify-token', performance.now() - verifyStartedAt(ctx));
    return false;
  };
}

/** Is the mode on for this request? When it is, the response is labelled. */
export function createStatelessLabModeCheck(labModes: LabModes): (ctx: Context) => boolean {
  return function isStatelessLabMode(ctx) {
    const on = labModes.isOn(STATELESS_LAB_MODE);
    if (on) markLabMode(ctx, STATELESS_LAB_MODE);
    return on;
  };
}

/** The presented refresh token, answered again as it came: the documents' never rotate. */
export function keepRefreshToken(
  token: string,
  claims: { readonly jti: string; readonly exp: number },
  clock: Clock,
): SignedToken {
  const expiresIn = Math.max(0, claims.exp - toNumericDate(clock.now()));
  return { token, jti: claims.jti, expiresAt: claims.exp, expiresIn };
}
