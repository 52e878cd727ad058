/**
 * The revocation-latency measurement: after a logout (a password change, a disabled account), how
 * long does the OLD credential keep working? The attacker replays it at growing times on the lab
 * clock — every `stepSeconds`, as a thief polling with a stolen token would — until the server
 * refuses it, then bisects between the last accepted and the first refused time down to
 * `precisionSeconds`. The lab clock can be set anywhere (POST /lab/clock {offset_seconds}), so no
 * real time passes.
 *
 * Browser-safe and free of I/O: the caller passes `setClock` and `replay` (HTTP in the ledger
 * script and in the web panel, fakes in the tests), so the figure is always what a running server
 * answered, never a constant.
 *
 * Teaches: revocation latency is a measurable property of a design, not a slogan: zero for a
 * server-side record, `exp` for a stateless token.
 *
 * Flow step ids: none (it drives requests whose steps the servers report).
 * Reference: OWASP JSON Web Token Cheat Sheet, "No Built-In Token Revocation by the User"; OWASP
 * Session Management Cheat Sheet, "Session Expiration".
 */

export interface ReplayProbe {
  /** Moves the server's lab clock to `seconds` after the event (absolute offset). */
  setClock(seconds: number): Promise<void>;
  /** Replays the old credential once: did the server accept it? */
  replay(): Promise<boolean>;
}

export interface ReplaySchedule {
  readonly stepSeconds: number;
  /** Stop stepping here: a credential still accepted then is reported as such. */
  readonly maxSeconds: number;
  readonly precisionSeconds: number;
}

export interface ReplayLatency {
  /** Seconds after the event of the last accepted replay; `null` when the first was refused. */
  readonly lastAcceptedSeconds: number | null;
  /** Seconds after the event of the first refused replay; `null` when none was by maxSeconds. */
  readonly firstRefusedSeconds: number | null;
  readonly replays: number;
}

export async function replayUntilRefused(
  probe: ReplayProbe,
  schedule: ReplaySchedule,
): Promise<ReplayLatency> {
  let replays = 0;
  const acceptedAt = async (seconds: number) => {
    await probe.setClock(seconds);
    replays += 1;
    return probe.replay();
  };
  let accepted: number | null = null;
  let refused: number | null = null;
  for (let seconds = 0; seconds <= schedule.maxSeconds; seconds += schedule.stepSeconds) {
    if (!(await acceptedAt(seconds))) {
      refused = seconds;
      break;
    }
    accepted = seconds;
  }
  if (accepted === null || refused === null) {
    return { lastAcceptedSeconds: accepted, firstRefusedSeconds: refused, replays };
  }
  // Accepted at `accepted`, refused at `refused`: narrow the boundary down.
  while (refused - accepted > schedule.precisionSeconds) {
    const middle = Math.floor((accepted + refused) / 2);
    if (await acceptedAt(middle)) accepted = middle;
    else refused = middle;
  }
  return { lastAcceptedSeconds: accepted, firstRefusedSeconds: refused, replays };
}
