/**
 * Whether a verified refresh token may be exchanged: the rules of rotation and reuse detection,
 * as one plain function of what the server knows (the user row, the family record, the channel the
 * token came by, the time) — no I/O, so every rule has its own test.
 *
 * Teaches: a valid signature is not enough for a refresh token. The user must still be allowed
 * (not disabled, same credential version), the family must be live and reached the way it was
 * issued, and the token must be the family's CURRENT one: an older one coming back is REUSE — two
 * parties hold copies, and the server cannot tell the thief from the user, so the caller revokes
 * the whole family.
 *
 * Flow step ids: jwt.refresh.verify-refresh-token.
 * Reference: RFC 9700 §4.14.2 (refresh token rotation, reuse detection); RFC 6749 §10.4; OWASP
 * ASVS 4.0 V3.3.3 (credential change ends every login).
 */
import type { User } from '@authlab/users/users-repository';
import type { RefreshDelivery, RefreshFamily } from '../stores/revocation-store.ts';

export interface RefreshClaimsRef {
  readonly jti: string;
  readonly ver: number;
}

export interface RefreshFamilyCheck {
  readonly user: User | null;
  readonly family: RefreshFamily | null;
  readonly claims: RefreshClaimsRef;
  /** How the token arrived (cookie or body). */
  readonly channel: RefreshDelivery;
  readonly nowMs: number;
}

export type RefreshRefusal = 'denied' | 'missing' | 'expired' | 'reused';

/** `null` when the token may be rotated; otherwise why not (the trace's outcome). */
export function findRefreshRefusal(check: RefreshFamilyCheck): RefreshRefusal | null {
  const { user, family, claims, channel, nowMs } = check;
  if (user === null || user.disabled || user.credentialVersion !== claims.ver) return 'denied';
  if (family === null) return 'missing';
  if (family.expiresAtMs <= nowMs) return 'expired';
  if (family.revokedReason !== null) return 'denied';
  // A cookie-mode token arriving in a body was read by something it should not have been.
  if (family.delivery !== channel || family.userId !== user.id) return 'denied';
  if (family.currentJti !== claims.jti) return 'reused';
  return null;
}
