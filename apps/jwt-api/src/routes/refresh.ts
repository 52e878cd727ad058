/**
 * POST /refresh: a spent-once refresh token in, a new access token and a new refresh token out.
 *
 * Rotation with reuse detection (RFC 9700 §4.14.2). The presented token must verify as a
 * refresh token (typ rt+jwt, aud authlab-refresh), belong to a live family of a user whose
 * credential version it carries, arrive by the family's channel, and be the family's CURRENT
 * token. A spent token (an older one of the family) means someone else holds a copy: the whole
 * family is revoked, the thief's copy and the user's current one alike.
 *
 * Concurrency, strictly by the RFC: several refreshes racing with one token get exactly one winner
 * (the store's atomic compare-and-set in `jwt.refresh.rotate`); every loser presented a token that
 * was spent a moment earlier, which IS reuse, so the family is revoked and the winner's new tokens
 * die with it. Well-behaved clients never race: the web app's interceptor keeps ONE refresh in
 * flight and makes every request that failed meanwhile wait for it (single-flight). That is the
 * client's job, and it is what keeps a page with five parallel requests logged in.
 *
 * ⚠ Lab mode `jwt-stateless-no-revocation` (off by default, lab only, labelled): the documents'
 * refresh token, checked for its signature and `exp` only, never rotated (lab/stateless-lab-mode.ts).
 *
 * Lab only: the VULNERABLE lab mode `refresh-grace-window` lets the token a rotation just spent
 * come back once within a few seconds and get the same successor (tokens/refresh-grace-window.ts,
 * with the trade-off against theft detection); such an answer is labelled X-Authlab-Lab-Mode.
 *
 * Every refusal is the same 401 invalid_token (plus an expired cookie, so a cookie client stops
 * sending a dead token); the reason is in the trace only.
 *
 * Teaches: refresh-token rotation with reuse detection: a spent token coming back ends the whole
 * family.
 *
 * Flow step ids: jwt.refresh.read-refresh-token, jwt.refresh.verify-refresh-token,
 * jwt.refresh.rotate, jwt.refresh.sign-access-token, jwt.refresh.respond, jwt.refresh.reject.
 * Reference: RFC 9700 §4.14.2; RFC 6749 §6; RFC 8725 §3.11–3.12 (token types never interchange).
 */

import type { Clock } from '@authlab/http/clock';
import { InvalidTokenError } from '@authlab/http/errors';
import { type LabModes, markLabMode } from '@authlab/http/lab-modes';
import { parseBody } from '@authlab/http/validate';
import type { UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import { z } from 'zod';
import { createStatelessLabModeCheck, keepRefreshToken } from '../lab/stateless-lab-mode.ts';
import type { RevocationStore } from '../stores/revocation-store.ts';
import { findRefreshRefusal } from '../tokens/check-refresh-family.ts';
import {
  createRefreshGraceWindow,
  type RefreshGraceWindow,
} from '../tokens/refresh-grace-window.ts';
import type { PresentedRefreshToken, RefreshTokens } from '../tokens/refresh-tokens.ts';
import type { TokenSigner } from '../tokens/sign-tokens.ts';
import type { RefreshTokenVerifier } from '../tokens/verify-refresh-token.ts';
import { getTrace } from '../trace.ts';

const refreshBodySchema = z.object({ refresh_token: z.string().min(1).max(8192).optional() });

export interface RefreshRouterDeps {
  users: UsersRepository;
  clock: Clock;
  revocationStore: RevocationStore;
  refreshTokens: RefreshTokens;
  verifyRefreshToken: RefreshTokenVerifier;
  signer: TokenSigner;
  /** The lab modes `refresh-grace-window` and `jwt-stateless-no-revocation`. */
  labModes: LabModes;
}

export function createRefreshRouter(deps: RefreshRouterDeps): Router {
  const { users, clock, revocationStore, refreshTokens, verifyRefreshToken, signer, labModes } =
    deps;
  const statelessLabMode = createStatelessLabModeCheck(labModes);
  const router = new Router();
  const graceWindow = createRefreshGraceWindow();

  router.post('/refresh', async (ctx) => {
    const { refresh_token: bodyToken } = parseBody(refreshBodySchema, ctx.request.body);
    const trace = getTrace(ctx);
    let presented: PresentedRefreshToken | null = null;
    try {
      presented = await trace.step('jwt.refresh.read-refresh-token', (control) => {
        const read = refreshTokens.read(ctx, bodyToken);
        if (read === null) control.setOutcome('absent');
        return read;
      });
      if (presented === null) throw new InvalidTokenError();
      const { token, channel } = presented;
      // Lab mode only: duplicates of one token run one after the other, inside the window.
      const grace: RefreshGraceWindow | null = labModes.isOn('refresh-grace-window')
        ? graceWindow
        : null;

      // Verify, rotate, answer: the refresh proper.
      const exchange = async () => {
        const { user, family, jti, claims, successor } = await trace.step(
          'jwt.refresh.verify-refresh-token',
          async (control) => {
            const refuse = (outcome: 'missing' | 'expired' | 'failed' | 'denied' | 'reused') => {
              control.setOutcome(outcome);
              return new InvalidTokenError();
            };
            const checked = verifyRefreshToken(token);
            if (!checked.ok) throw refuse(checked.outcome);
            const { claims } = checked;
            const found = users.findUserById(Number(claims.sub));
            // ⚠ Lab mode: the documents' refresh token, checked for its signature and exp only.
            if (statelessLabMode(ctx)) {
              if (found === null) throw refuse('denied');
              return { user: found, family: null, jti: claims.jti, claims, successor: null };
            }
            const current = await revocationStore.findFamily(claims.fid);
            const refusal = findRefreshRefusal({
              user: found,
              family: current,
              claims,
              channel,
              nowMs: clock.now(),
            });
            const inWindow =
              refusal === 'reused'
                ? grace?.findSuccessor(claims.fid, claims.jti, clock.now())
                : null;
            if (inWindow != null && found !== null && current !== null) {
              markLabMode(ctx, 'refresh-grace-window');
              return { user: found, family: current, jti: claims.jti, claims, successor: inWindow };
            }
            // Reuse: someone else holds a copy. End the whole family, theirs and the user's.
            if (refusal === 'reused') await revocationStore.revokeFamily(claims.fid, 'reuse');
            if (refusal !== null || found === null || current === null)
              throw refuse(refusal ?? 'denied');
            return { user: found, family: current, jti: claims.jti, claims, successor: null };
          },
        );

        // The documents' refresh token (lab mode) is never rotated: it works until its exp.
        const rotated =
          family === null
            ? keepRefreshToken(token, claims, clock)
            : (successor ??
              (await trace.step('jwt.refresh.rotate', async (control) => {
                const result = await refreshTokens.rotate(user, family, jti);
                if (result.outcome === 'rotated') return result.token;
                // Lost a race with another refresh of the same token: reuse, family revoked by
                // the store.
                control.setOutcome(result.outcome);
                throw new InvalidTokenError();
              })));
        if (grace !== null && successor === null && family !== null) {
          grace.remember(family.id, jti, rotated, clock.now());
        }
        const access = await trace.step('jwt.refresh.sign-access-token', () =>
          signer.signAccessToken(user, claims.fid),
        );
        await trace.step('jwt.refresh.respond', () => {
          ctx.body = {
            success: true,
            access_token: access.token,
            token_type: 'Bearer',
            expires_in: access.expiresIn,
            ...refreshTokens.deliver(ctx, family?.delivery ?? channel, rotated),
          };
        });
      };
      await (grace === null ? exchange() : grace.serialize(token, exchange));
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        trace.record('jwt.refresh.reject', 0);
        if (presented?.channel === 'cookie') refreshTokens.clearCookie(ctx);
      }
      throw error;
    }
  });

  return router;
}
