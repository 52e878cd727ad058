/**
 * VULNERABLE lab mode `refresh-grace-window` (off by default, development only, refused in
 * production): for REFRESH_GRACE_WINDOW_SECONDS after a rotation, the token it spent may come back
 * once more and get the SAME successor, instead of being treated as reuse and revoking the family.
 *
 * Why a server would want it: two tabs of one app see their access token expire at the same
 * moment and both refresh with the same refresh token; strictly by RFC 9700 §4.14.2 the second one
 * is reuse, the family is revoked, and every tab is logged out. Several identity providers offer
 * such a window. The trade-off: within the window the server can no longer tell a second tab from
 * a thief who replays the spent token fast enough — the thief gets the successor too, and the
 * theft goes unnoticed. authlab's default fixes the tabs on the client instead (one refresh per
 * origin, Web Locks API) and keeps reuse detection strict.
 *
 * The window lives in this process's memory (a lab, one instance): each rotation remembers the
 * spent jti and its successor; refreshes presenting the same token are run one after the other,
 * so a duplicate always sees the first one's rotation instead of racing it in the store.
 *
 * Teaches: every grace window is a window for the attacker too.
 *
 * Flow step ids: jwt.refresh.verify-refresh-token, jwt.refresh.rotate.
 * Reference: RFC 9700 §4.14.2; docs/token-refresh.md, "Refresh across tabs" and "The reuse grace
 * window"; docs/attacks.md, "Two tabs, one refresh token".
 */
import type { SignedToken } from './sign-tokens.ts';

export const REFRESH_GRACE_WINDOW_SECONDS = 10;

interface Rotation {
  readonly spentJti: string;
  readonly successor: SignedToken;
  readonly rotatedAtMs: number;
}

export interface RefreshGraceWindow {
  /** Runs `refresh` after any other refresh of the same token has finished. */
  serialize<T>(token: string, refresh: () => Promise<T>): Promise<T>;
  remember(familyId: string, spentJti: string, successor: SignedToken, nowMs: number): void;
  /** The successor of `presentedJti` if it was spent within the window, else `null`. */
  findSuccessor(familyId: string, presentedJti: string, nowMs: number): SignedToken | null;
}

export function createRefreshGraceWindow(
  windowSeconds = REFRESH_GRACE_WINDOW_SECONDS,
): RefreshGraceWindow {
  const rotations = new Map<string, Rotation>();
  const running = new Map<string, Promise<unknown>>();
  return {
    async serialize(token, refresh) {
      const before = running.get(token) ?? Promise.resolve();
      const mine = before.catch(() => undefined).then(refresh);
      running.set(token, mine);
      try {
        return await mine;
      } finally {
        if (running.get(token) === mine) running.delete(token);
      }
    },
    remember(familyId, spentJti, successor, nowMs) {
      rotations.set(familyId, { spentJti, successor, rotatedAtMs: nowMs });
    },
    findSuccessor(familyId, presentedJti, nowMs) {
      const rotation = rotations.get(familyId);
      if (rotation === undefined || rotation.spentJti !== presentedJti) return null;
      return nowMs - rotation.rotatedAtMs <= windowSeconds * 1000 ? rotation.successor : null;
    },
  };
}
