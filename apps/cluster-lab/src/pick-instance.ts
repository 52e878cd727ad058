/**
 * How a balancer chooses the instance for a request: round robin over the instances that are
 * running, or — with sticky routing on — the instance named in the client's affinity cookie.
 *
 * Teaches: round robin spreads requests evenly, so a session kept in ONE instance's memory is
 * found by one request in three. Sticky routing ("session affinity") hides that by pinning each
 * client to one instance, until that instance stops: then the pin moves and the session, still in
 * the stopped instance's memory, is lost. A shared store needs neither trick.
 *
 * Reference: docs/cluster-lab.md; HAProxy docs, "cookie" (server persistence by inserted cookie).
 */

export interface Candidate {
  readonly index: number;
  readonly running: boolean;
}

export interface RoundRobin {
  /** The chosen instance's index, or null when none is running. */
  pick(candidates: readonly Candidate[], pinnedIndex: number | null): number | null;
}

/** `pinnedIndex` is honoured only when it names a running instance; the caller decides stickiness. */
export function createRoundRobin(): RoundRobin {
  let turn = 0;
  return {
    pick(candidates, pinnedIndex) {
      const running = candidates.filter((candidate) => candidate.running);
      if (running.length === 0) return null;
      const pinned = running.find((candidate) => candidate.index === pinnedIndex);
      if (pinned !== undefined) return pinned.index;
      const chosen = running[turn % running.length] as Candidate;
      turn += 1;
      return chosen.index;
    },
  };
}
