/**
 * The in-memory revocation store, the default: one process, nothing to install. Four maps — the
 * access-token denylist, revoked families, the refresh families themselves and the credential
 * floors — each entry with its own expiry and each map bounded (bounded-expiring-map.ts), so a
 * flood of logins cannot exhaust memory.
 *
 * Teaches: fail closed on lost state. The store refuses every token issued before its EPOCH — its
 * start, raised when the bound evicts a live entry — so a restart logs everyone out instead of
 * forgetting who logged out. Replace it with `createRedisRevocationStore` when several instances
 * must share the state, or when a restart must not log everyone out.
 *
 * Flow step ids: jwt.auth.check-revocation, jwt.login.issue-refresh-token,
 * jwt.refresh.verify-refresh-token, jwt.refresh.rotate, jwt.logout.deny-access-token,
 * jwt.logout.revoke-family.
 * Reference: RFC 9700 §4.14.2 (refresh token rotation); OWASP JSON Web Token Cheat Sheet for
 * Java, "No Built-In Token Revocation by the User" (denylist until expiry).
 */
import type { Clock } from '@authlab/http/clock';
import { CLOCK_TOLERANCE_SECONDS } from '../tokens/token-claims.ts';
import { type Expiring, insertBounded, listLive, readLive } from './bounded-expiring-map.ts';
import type {
  CredentialFloor,
  DeniedToken,
  RefreshFamily,
  RevocationStore,
  RevokedReason,
} from './revocation-store.ts';

export interface MemoryRevocationStoreOptions {
  clock: Clock;
  /** Revoked families and credential floors are remembered this long (+ clock tolerance). */
  accessTokenTtlSeconds: number;
  /** Per map; defaults to 100 000. */
  maxEntries?: number;
}

export const DEFAULT_MAX_REVOCATION_ENTRIES = 100_000;

/** Tokens carry `iat` in whole seconds: the epoch covers the whole second it falls in. */
const toEpochSecond = (nowMs: number) => Math.floor(nowMs / 1000) + 1;

export function createMemoryRevocationStore(
  options: MemoryRevocationStoreOptions,
): RevocationStore {
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
