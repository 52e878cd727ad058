/**
 * "End every login of this user": logout-all, a password change, an admin's revoke or disable.
 *
 * Teaches: JWTs cannot be listed and deleted like sessions. Each token carries the user's
 * credential version (`ver`); bumping it in the users table ends every refresh token issued
 * before (/refresh compares with the table), and raising the user's credential floor in the
 * revocation store ends every access token issued before (jwt.auth.check-revocation compares with
 * the floor, in the same store lookup as the denylist — so the check on every request never
 * queries the users database, and with Redis every instance sees the floor at once).
 *
 * The table is written first: if the store then fails (Redis down → 503), the refresh tokens are
 * already dead and the caller's retry bumps again and raises the floor; the opposite order could
 * leave a floor above the table's version and refuse the user's fresh logins.
 *
 * Nothing is restored at start-up: a memory store that restarts refuses every token issued before
 * it started (its epoch, revocation-store.ts), so forgotten floors cannot bring a token back, and
 * start-up costs the same with three users or a million.
 *
 * Flow step id: jwt.revoke.bump-credential-version.
 * Reference: OWASP JSON Web Token Cheat Sheet, "Token Revocation"; OWASP ASVS 4.0 V3.3.3.
 */
import type { User, UsersRepository } from '@authlab/users/users-repository';
import type { RevocationStore } from '../stores/revocation-store.ts';

export type RevokeUserTokens = (userId: number) => Promise<User>;

export function createUserTokenRevoker(
  users: UsersRepository,
  revocationStore: RevocationStore,
): RevokeUserTokens {
  return async (userId) => {
    const user = users.bumpCredentialVersion(userId);
    await revocationStore.revokeTokensBefore(user.id, user.credentialVersion);
    return user;
  };
}
