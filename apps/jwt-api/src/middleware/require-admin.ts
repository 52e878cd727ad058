/**
 * Authorization from the token's `role` claim: admins only.
 *
 * Teaches: the claim can be trusted because the signature covers it — a client that edits
 * `"role": "user"` into `"admin"` breaks the signature and never gets here. It is as old as the
 * token, though: a role change takes effect at the next refresh (≤ 15 minutes), or at once if the
 * change also bumps the user's credential version.
 *
 * Flow step ids: jwt.request.authorize, jwt.revoke.authorize.
 * Reference: OWASP Authorization Cheat Sheet ("Deny by Default", "Validate the Permissions on
 * Every Request"); RFC 9068 §7 (authorization claims in access tokens).
 */
import type { JwtServerStepId } from '@authlab/flows/step-ids';
import { ForbiddenError } from '@authlab/http/errors';
import type { Middleware } from 'koa';
import { getTrace } from '../trace.ts';
import { getAuthenticated } from './authenticate.ts';

export function requireAdmin(stepId: Extract<JwtServerStepId, `${string}.authorize`>): Middleware {
  return async function requireAdminMiddleware(ctx, next) {
    await getTrace(ctx).step(stepId, () => {
      if (getAuthenticated(ctx).claims.role !== 'admin') throw new ForbiddenError();
    });
    return next();
  };
}
