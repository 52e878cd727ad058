/** What the growth measurements (run-growth.ts) store in the results file. */

export interface StoreMemoryPoint {
  /** Sessions (or logouts) written to the store. */
  readonly written: number;
  /** Entries the store still holds: a bounded store drops the oldest past its cap. */
  readonly held: number;
  /** V8 heap growth (memory store) or Redis `used_memory` growth, over `held` entries. */
  readonly bytesPerEntry: number;
}

export interface DenylistPoint extends StoreMemoryPoint {
  /** Entries still live one access-token lifetime later. */
  readonly liveAfterTtl: number;
}

export interface LoginPoint {
  readonly concurrency: number;
  readonly loginsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  /**
   * Server CPU per login (the scrypt work), only at concurrency 1: with more logins in flight when
   * a run ends, their unfinished work would be charged to the finished ones.
   */
  readonly cpuPerLoginMs: number | null;
}

export interface UsersTablePoint {
  readonly users: number;
  readonly api: 'session' | 'jwt';
  readonly cpuPerRequestMicroseconds: number;
  readonly latencyP50Ms: number;
}

export interface GrowthResult {
  readonly sessionsMemory: readonly StoreMemoryPoint[];
  /** null when no Redis server could be started. */
  readonly sessionsRedis: readonly StoreMemoryPoint[] | null;
  readonly denylistMemory: readonly DenylistPoint[];
  readonly denylistRedis: readonly DenylistPoint[] | null;
  /** The access-token lifetime the denylist entries live for. */
  readonly accessTokenTtlSeconds: number;
  readonly logins: readonly LoginPoint[];
  readonly usersTable: readonly UsersTablePoint[];
  readonly problems: readonly string[];
}
