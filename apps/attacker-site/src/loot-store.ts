/**
 * What the injected scripts and the attack pages sent home, kept in memory (a lab, not a
 * database): the attacker's view of what was stolen. Bounded, newest last, so a page that reports
 * in a loop cannot grow it without limit.
 *
 * Teaches: once a credential reaches the attacker's server, it no longer depends on the victim's
 * tab: it is used from here until it expires or is revoked.
 *
 * Flow step ids: jwt.attack-xss-documents.ship, jwt.attack-xss-memory.ship, session.attack-xss.ship
 * (the collector's side of the XSS flows).
 * Reference: RFC 10017 (OAuth 2.0 for Browser-Based Applications) §5, "Attack scenarios".
 */

export const LOOT_MAX_ENTRIES = 100;

export interface LootEntry {
  readonly at: string;
  /** What the script says it took, e.g. `localStorage`, `access_token`, `session-riding`. */
  readonly kind: string;
  /** The page it was taken from (the `Origin` of the report). */
  readonly from: string | null;
  readonly data: unknown;
}

export interface LootStore {
  add(entry: Omit<LootEntry, 'at'>): LootEntry;
  list(): readonly LootEntry[];
  clear(): void;
}

export function createLootStore(now: () => Date = () => new Date()): LootStore {
  let entries: LootEntry[] = [];
  return {
    add(entry) {
      const stored = { at: now().toISOString(), ...entry };
      entries = [...entries, stored].slice(-LOOT_MAX_ENTRIES);
      return stored;
    },
    list: () => entries,
    clear() {
      entries = [];
    },
  };
}
