/**
 * The state a "stateless" JWT API still needs: a denylist of access-token `jti`s, the refresh
 * token families, and per-user credential floors. This file holds the interface and the in-memory
 * implementation.
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
 * its natural expiry, goes first). Losing state must never revive a token: this store refuses
 * every token issued before its EPOCH (its start, raised when the bound evicts a live entry), so a
 * restart logs everyone out instead of forgetting who logged out. Replace this with
 * `createRedisRevocationStore` when several instances must share the state, or when a restart
 * must not log everyone out.
 *
 * Flow step ids: jwt.auth.check-revocation, jwt.login.issue-refresh-token,
 * jwt.refresh.verify-refresh-token, jwt.refresh.rotate, jwt.logout.deny-access-token,
 * jwt.logout.revoke-family.
 * Reference: RFC 9700 §4.14.2 (refresh token rotation, "the authorization server … will revoke the
 * active refresh token"); OWASP JSON Web Token Cheat Sheet, "No Built-In Token Revocation by the
 * User" (denylist until expiry).
 */
import type { Clock } from '@authlab/http/clock';
import { CLOCK_TOLERANCE_SECONDS } from '../tokens/token-claims.ts';
import { type Expiring, insertBounded, listLive, readLive } from './bounded-expiring-map.ts';

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

export interface RevocationStoreOptions {
  clock: Clock;
  /** Revoked families and credential floors are remembered this long (+ clock tolerance). */
  accessTokenTtlSeconds: number;
  /** Per map; defaults to 100 000. */
  maxEntries?: number;
}

export const DEFAULT_MAX_REVOCATION_ENTRIES = 100_000;

/** Tokens carry `iat` in whole seconds: the epoch covers the whole second it falls in. */
const toEpochSecond = (nowMs: number) => Math.floor(nowMs / 1000) + 1;

export function createMemoryRevocationStore(options: RevocationStoreOptions): RevocationStore {
  const { clock } = options;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_REVOCATION_ENTRIES;
  const revokedFamilyMemoryMs = (options.accessTokenTtlSeconds + CLOCK_TOLERANCE_SECONDS) * 1000;
  const denylist = new Map<string, DeniedToken>();
  const revokedFamilies = new Map<string, Expiring>();
  const families = new Map<string, RefreshFamily>();
  const floors = new Map<number, CredentialFloor>();
  // A fresh process remembers nothing that an earlier one revoked: refuse what came before it.
  // Whole seconds, floor: a token issued in the store's first second is the store's own.
  let epochSeconds = Math.floor(clock.now() / 1000);

  const insert = <K, T extends Expiring>(map: Map<K, T>, key: K, value: T, nowMs: number) => {
    if (insertBounded(map, key, value, nowMs, maxEntries)) epochSeconds = toEpochSecond(nowMs);
  };
  const revoke = (familyId: string, reason: RevokedReason, nowMs: number) => {
    const family = readLive(families, familyId, nowMs);
    if (family !== null && family.revokedReason === null) {
      families.set(familyId, { ...family, revokedReason: reason });
    }
    insert(revokedFamilies, familyId, { expiresAtMs: nowMs + revokedFamilyMemoryMs }, nowMs);
  };

  return {
    kind: 'memory',
    failClosedRule: 'store-epoch',
    async isAccessTokenRevoked(token) {
      const nowMs = clock.now();
      const floor = readLive(floors, token.userId, nowMs);
      return (
        token.issuedAtSeconds < epochSeconds ||
        readLive(denylist, token.jti, nowMs) !== null ||
        readLive(revokedFamilies, token.familyId, nowMs) !== null ||
        (floor !== null && token.credentialVersion < floor.credentialVersion)
      );
    },
    async revokeTokensBefore(userId, credentialVersion) {
      const nowMs = clock.now();
      const current = readLive(floors, userId, nowMs);
      if (current !== null && current.credentialVersion >= credentialVersion) return;
      insert(
        floors,
        userId,
        { userId, credentialVersion, expiresAtMs: nowMs + revokedFamilyMemoryMs },
        nowMs,
      );
    },
    async denyAccessToken(jti, expiresAtMs) {
      const nowMs = clock.now();
      if (expiresAtMs > nowMs) insert(denylist, jti, { jti, expiresAtMs }, nowMs);
    },
    async createFamily(family) {
      // Evicting a live family only makes its refresh token unknown, which /refresh refuses:
      // already fail-closed, so no epoch change.
      const entry: RefreshFamily = { ...family, rotations: 0, revokedReason: null };
      insertBounded(families, family.id, entry, clock.now(), maxEntries);
    },
    async findFamily(familyId) {
      return families.get(familyId) ?? null;
    },
    // Synchronous from read to write (no await in between): JavaScript runs it to completion, so
    // it is atomic with respect to every other request of this process.
    async rotateFamily(familyId, presentedJti, nextJti) {
      const nowMs = clock.now();
      const family = readLive(families, familyId, nowMs);
      if (family === null) return 'missing';
      if (family.revokedReason !== null || family.currentJti !== presentedJti) {
        revoke(familyId, 'reuse', nowMs);
        return 'reused';
      }
      families.set(familyId, { ...family, currentJti: nextJti, rotations: family.rotations + 1 });
      return 'rotated';
    },
    async revokeFamily(familyId, reason) {
      revoke(familyId, reason, clock.now());
    },
    async describeState(limit) {
      const nowMs = clock.now();
      return {
        denylist: listLive(denylist, nowMs, limit),
        families: listLive(families, nowMs, limit),
        credentialFloors: listLive(floors, nowMs, limit),
        epochMs: epochSeconds * 1000,
      };
    },
    async ping() {
      return true;
    },
  };
}
