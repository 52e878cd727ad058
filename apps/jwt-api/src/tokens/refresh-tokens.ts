/**
 * Refresh token families: start one at login, rotate it on every refresh, deliver each new
 * refresh token by the channel the client chose at login.
 *
 * Teaches: a refresh token is a single-use ticket in a chain (the FAMILY) that starts with one
 * password login. Each use returns a new ticket and spends the old one; the family ends
 * REFRESH_FAMILY_MAX_AGE_SECONDS after login however often it is used (each token also expires on
 * its own after REFRESH_TOKEN_TTL_SECONDS, never later than its family). A spent ticket coming back
 * means two parties hold copies; the server cannot tell which is the thief, so it ends the family
 * (RFC 9700 §4.14.2) and the user logs in again.
 *
 * Flow step ids: jwt.login.issue-refresh-token, jwt.refresh.read-refresh-token, jwt.refresh.rotate,
 * jwt.login.respond and jwt.refresh.respond (delivery).
 * Reference: RFC 9700 §4.14.2 ("refresh token rotation"); RFC 6749 §6 and §10.4.
 */
import type { Clock } from '@authlab/http/clock';
import type { User } from '@authlab/users/users-repository';
import type { Context } from 'koa';
import type {
  RefreshDelivery,
  RefreshFamily,
  RevocationStore,
  RotateOutcome,
} from '../stores/revocation-store.ts';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie.ts';
import { createTokenId, type SignedToken, type TokenSigner } from './sign-tokens.ts';
import { toNumericDate } from './token-claims.ts';

export interface PresentedRefreshToken {
  readonly token: string;
  readonly channel: RefreshDelivery;
}

/** Body mode answers with these fields; cookie mode sets the cookie and adds nothing. */
export type RefreshTokenFields = { refresh_token: string; refresh_expires_in: number } | object;

export type RotateResult =
  | { readonly outcome: 'rotated'; readonly token: SignedToken }
  | { readonly outcome: Exclude<RotateOutcome, 'rotated'> };

export interface RefreshTokens {
  startFamily(user: User, familyId: string, delivery: RefreshDelivery): Promise<SignedToken>;
  rotate(user: User, family: RefreshFamily, presentedJti: string): Promise<RotateResult>;
  /** The token from `{refresh_token}` (body mode) or else the cookie; `null` when neither. */
  read(ctx: Context, bodyToken: string | undefined): PresentedRefreshToken | null;
  deliver(ctx: Context, delivery: RefreshDelivery, token: SignedToken): RefreshTokenFields;
  clearCookie(ctx: Context): void;
}

export interface RefreshTokensOptions {
  store: RevocationStore;
  signer: TokenSigner;
  clock: Clock;
  cookieSecure: boolean;
  refreshTokenTtlSeconds: number;
  refreshFamilyMaxAgeSeconds: number;
}

export function createRefreshTokens(options: RefreshTokensOptions): RefreshTokens {
  const { store, signer, clock, cookieSecure } = options;
  // No refresh token outlives its family: the absolute lifetime holds even for a busy client.
  const expiryFor = (family: { expiresAtMs: number }) =>
    Math.min(
      toNumericDate(clock.now()) + options.refreshTokenTtlSeconds,
      toNumericDate(family.expiresAtMs),
    );

  return {
    async startFamily(user, familyId, delivery) {
      const nowMs = clock.now();
      const family = {
        id: familyId,
        userId: user.id,
        currentJti: createTokenId(),
        delivery,
        createdAtMs: nowMs,
        expiresAtMs: nowMs + options.refreshFamilyMaxAgeSeconds * 1000,
      };
      await store.createFamily(family);
      return signer.signRefreshToken(user, familyId, family.currentJti, expiryFor(family));
    },
    async rotate(user, family, presentedJti) {
      const nextJti = createTokenId();
      const outcome = await store.rotateFamily(family.id, presentedJti, nextJti);
      if (outcome !== 'rotated') return { outcome };
      return {
        outcome,
        token: signer.signRefreshToken(user, family.id, nextJti, expiryFor(family)),
      };
    },
    read(ctx, bodyToken) {
      if (bodyToken !== undefined) return { token: bodyToken, channel: 'body' };
      const cookie = readRefreshCookie(ctx, cookieSecure);
      return cookie === null ? null : { token: cookie, channel: 'cookie' };
    },
    deliver(ctx, delivery, token) {
      if (delivery === 'cookie') {
        setRefreshCookie(ctx, cookieSecure, token.token, token.expiresIn);
        return {};
      }
      // A cookie left by an earlier cookie-mode login must not outlive the switch to body mode.
      clearRefreshCookie(ctx, cookieSecure);
      return { refresh_token: token.token, refresh_expires_in: token.expiresIn };
    },
    clearCookie(ctx) {
      clearRefreshCookie(ctx, cookieSecure);
    },
  };
}
