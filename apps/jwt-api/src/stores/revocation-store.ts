/**
 * The state a "stateless" JWT API still needs: a denylist of access-token `jti`s, the refresh
 * token families, and per-user credential floors. This file holds the interface; two stores
 * implement it: in memory (memory-revocation-store.ts, the default) and in Redis
 * (redis-revocation-store.ts).
 *
 * Teaches: revocation is state. A signed token stays valid until its `exp` unless the server
 * keeps a note that says otherwise, so logout puts the access token's `jti` on a denylist (until
 * its `exp` — after that the signature check refuses it anyway, so the list stays small) and
 * revokes the refresh-token FAMILY: the chain of refresh tokens of one login, of which only the
 * current one is usable (rotation). A revoked family also ends the access tokens issued from it:
 * the `fid` claim names it. "Every token of this user" (logout-all, password change, disabling)
 * is a credential FLOOR: tokens whose `ver` claim is below it are refused. All three are read in
 * the same lookup, so the check on every request never touches the users database.
 *
 * Every entry carries its own expiry and is dropped once the injected clock passes it; the maps
 * are bounded, so a flood of logins cannot exhaust memory (the oldest entry, the one closest to
 its natural expiry, goes first). Losing state must never revive a token: each store says how
 * it fails closed (`failClosedRule`), so a restart or a flushed Redis logs everyone out instead of
 * forgetting who logged out.
 *
 * Flow step ids: jwt.auth.check-revocation, jwt.login.issue-refresh-token,
 * jwt.refresh.verify-refresh-token, jwt.refresh.rotate, jwt.logout.deny-access-token,
 * jwt.logout.revoke-family.
 * Reference: RFC 9700 §4.14.2 (refresh token rotation, "the authorization server … will revoke the
 * active refresh token"); OWASP JSON Web Token Cheat Sheet for Java, "No Built-In Token
 * Revocation by the User" (denylist until expiry).
 */

export type RefreshDelivery = 'cookie' | 'body';
export type RevokedReason = 'logout' | 'reuse';
export type RotateOutcome = 'rotated' | 'reused' | 'missing';

export interface RefreshFamily {
  readonly id: string;
  readonly userId: number;
  readonly currentJti: string;
  readonly rotations: number;
  /** The channel chosen at login; /refresh answers in it and accepts nothing else. */
  readonly delivery: RefreshDelivery;
  readonly createdAtMs: number;
  /** Absolute end of the login (REFRESH_FAMILY_MAX_AGE_SECONDS after it), whatever happens. */
  readonly expiresAtMs: number;
  readonly revokedReason: RevokedReason | null;
}

export type NewRefreshFamily = Omit<RefreshFamily, 'rotations' | 'revokedReason'>;

export interface DeniedToken {
  readonly jti: string;
  readonly expiresAtMs: number;
}

export interface CredentialFloor {
  readonly userId: number;
  /** Tokens of this user with a lower `ver` are revoked. */
  readonly credentialVersion: number;
  readonly expiresAtMs: number;
}

/** What jwt.auth.check-revocation asks about a verified access token. */
export interface AccessTokenRef {
  readonly jti: string;
  readonly familyId: string;
  readonly userId: number;
  readonly credentialVersion: number;
  /** The `iat` claim, in seconds: a store refuses tokens issued before it could vouch for them. */
  readonly issuedAtSeconds: number;
}

/**
 * How a store stays FAIL-CLOSED when it loses data (OWASP: "fail securely"): "no record" must never
 * read as "not revoked".
 * - `store-epoch` (memory): the store refuses every token issued before `epochMs`, the moment since
 *   which it holds a complete record — its start, raised whenever the bound forces it to forget a
 *   live entry. A restart logs everyone out, as it does with in-memory sessions.
 * - `family-record` (Redis): an access token is accepted only while its refresh family is on
 *   record; a flushed or restarted-empty Redis knows no family, so it refuses every token.
 */
export type FailClosedRule = 'store-epoch' | 'family-record';

/** A bounded list for the lab view, and whether more entries were left out. */
export interface BoundedList<T> {
  readonly entries: readonly T[];
  readonly truncated: boolean;
}

export interface RevocationState {
  readonly denylist: BoundedList<DeniedToken>;
  readonly families: BoundedList<RefreshFamily>;
  readonly credentialFloors: BoundedList<CredentialFloor>;
  /** `store-epoch` stores: tokens issued before this moment are refused. */
  readonly epochMs: number | null;
}

export interface RevocationStore {
  readonly kind: 'memory' | 'redis';
  readonly failClosedRule: FailClosedRule;
  /**
   * Is the `jti` denylisted, its family revoked (or, for `family-record`, unknown), its `ver` below
   * the floor, or its `iat` before the store's epoch? ONE round trip.
   */
  isAccessTokenRevoked(token: AccessTokenRef): Promise<boolean>;
  /**
   * Revokes every access token of `userId` whose `ver` is below `credentialVersion`. Only ever
   * raises the floor, and remembers it for one access-token lifetime (+ clock tolerance): by
   * then every token issued before has expired anyway.
   */
  revokeTokensBefore(userId: number, credentialVersion: number): Promise<void>;
  /** Denylists `jti` until `expiresAtMs` (the token's `exp`). */
  denyAccessToken(jti: string, expiresAtMs: number): Promise<void>;
  createFamily(family: NewRefreshFamily): Promise<void>;
  /** `null` when unknown (or long gone); an expired family is returned for the caller to refuse. */
  findFamily(familyId: string): Promise<RefreshFamily | null>;
  /**
   * Atomic compare-and-set of the family's current `jti`: exactly one of several concurrent
   * refreshes with the same token wins. A loser presented a spent token, which IS reuse: the
   * family is revoked in the same atomic step.
   */
  rotateFamily(familyId: string, presentedJti: string, nextJti: string): Promise<RotateOutcome>;
  /** Idempotent; the first reason is kept. */
  revokeFamily(familyId: string, reason: RevokedReason): Promise<void>;
  /** For the development lab view only: at most `limit` live entries of each kind. */
  describeState(limit: number): Promise<RevocationState>;
  /** For GET /healthz: can the store answer right now? */
  ping(): Promise<boolean>;
}
