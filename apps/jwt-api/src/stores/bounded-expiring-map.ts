/**
 * The two operations the in-memory revocation store needs on a `Map` of expiring entries: insert
 * with a bound, and read only what is still live.
 *
 * Teaches: an in-memory denylist must be bounded (a flood of logouts must not exhaust memory), and
 * a bound means forgetting. Forgetting an entry that was still live would bring a revoked token
 * back, so `insertBounded` tells its caller when it evicted a live entry, and the store then fails
 * closed (revocation-store.ts raises its epoch). Insertion order ≈ expiry order here, so the first
 * entries are the ones to sweep or evict.
 *
 * Kept by hand rather than `lru-cache`: what matters is the "evicted something live" signal, which
 * an LRU cache's dispose hook could give only after the fact and per entry.
 *
 * Flow step ids: jwt.auth.check-revocation (through the store).
 * Reference: OWASP JSON Web Token Cheat Sheet, "Token Revocation"; OWASP Denial of Service Cheat
 * Sheet (bounded resources).
 */

export interface Expiring {
  readonly expiresAtMs: number;
}

/** Inserts `value`; answers true when a still-live entry had to go to respect `maxEntries`. */
export function insertBounded<K, T extends Expiring>(
  map: Map<K, T>,
  key: K,
  value: T,
  nowMs: number,
  maxEntries: number,
): boolean {
  let evictedLive = false;
  map.delete(key);
  for (const [oldKey, entry] of map) {
    const live = entry.expiresAtMs > nowMs;
    if (live && map.size < maxEntries) break;
    if (live) evictedLive = true;
    map.delete(oldKey);
  }
  map.set(key, value);
  return evictedLive;
}

/** The entry, or `null` when absent or expired (an expired entry is dropped on the way). */
export function readLive<K, T extends Expiring>(map: Map<K, T>, key: K, nowMs: number): T | null {
  const entry = map.get(key);
  if (entry === undefined) return null;
  if (entry.expiresAtMs <= nowMs) {
    map.delete(key);
    return null;
  }
  return entry;
}

/** At most `limit` live entries, and whether more were left out. */
export function listLive<K, T extends Expiring>(
  map: Map<K, T>,
  nowMs: number,
  limit: number,
): { entries: T[]; truncated: boolean } {
  const entries: T[] = [];
  for (const entry of map.values()) {
    if (entry.expiresAtMs <= nowMs) continue;
    if (entries.length === limit) return { entries, truncated: true };
    entries.push(entry);
  }
  return { entries, truncated: false };
}
