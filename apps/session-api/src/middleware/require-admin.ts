/**
 * Authorization from the session: the role was written into the server-side session at login, so
 * checking it costs no extra lookup — and, unlike a token claim, it cannot be edited by the client.
 *
 * Mounted after `authenticate()`. A signed-in user who is not an admin gets 403 `forbidden` (they
 * are known, just not allowed), never 401.
 *
 * Teaches: authorization is a second decision, read from what the server stored, never from the
 * request.
 *
 * Flow step ids: session.request.authorize (GET /users), session.revoke.authorize (admin routes).
 * Reference: OWASP Authorization Cheat Sheet, "Enforce Least Privileges", "Deny by Default";
 * RFC 9110 §15.5.4 (403 Forbidden).
 */

import type { SessionServerStepId } from '@authlab/flows/step-ids';
import { ForbiddenError } from '@authlab/http/errors';
import type { Middleware } from 'koa';
import { getTrace } from '../trace.ts';
import { getSignedInSession } from './authenticate.ts';

export type AuthorizeStepId = Extract<
  SessionServerStepId,
  'session.request.authorize' | 'session.revoke.authorize'
>;

export function requireAdmin(stepId: AuthorizeStepId): Middleware {
  return async function requireAdminMiddleware(ctx, next) {
    await getTrace(ctx).step(stepId, () => {
      if (getSignedInSession(ctx).role !== 'admin') throw new ForbiddenError();
    });
    await next();
  };
}
