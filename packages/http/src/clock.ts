/**
 * Where "now" comes from. Every expiry decision (idle timeout, absolute timeout, `exp`, refresh
 * family lifetime, rate-limit windows) asks a `Clock` instead of calling `Date.now()`, so that:
 * - tests freeze time and move it by hand (`createManualClock`), asserting expiry without sleeping;
 * - the development lab view moves the server's time forward (`createLabClock`) to show a session
 *   or a token expiring without waiting for it.
 *
 * Reference: RFC 7519 §4.1.4 ("exp") and OWASP Session Management Cheat Sheet, "Session Expiration":
 * both are comparisons against the server's current time, which is what this abstracts.
 */

export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface LabClock extends Clock {
  readonly offsetSeconds: number;
  setOffsetSeconds(seconds: number): void;
}

/**
 * A clock running `offsetSeconds` ahead of `base`. Only the lab endpoint (development only) ever
 * changes the offset; in production the offset stays 0 and the lab routes do not exist.
 */
export function createLabClock(base: Clock = systemClock): LabClock {
  let offsetMs = 0;
  return {
    now: () => base.now() + offsetMs,
    get offsetSeconds() {
      return offsetMs / 1000;
    },
    setOffsetSeconds(seconds: number) {
      if (!Number.isFinite(seconds)) throw new RangeError('Clock offset must be a finite number.');
      offsetMs = seconds * 1000;
    },
  };
}

/**
 * Narrows `clock` to a `LabClock`, or throws. An API started with LAB_ENABLED must have been given
 * a clock the lab view can move: finding out at start-up beats a 500 on the first POST /lab/clock.
 */
export function assertLabClock(clock: Clock): asserts clock is LabClock {
  if (typeof (clock as Partial<LabClock>).setOffsetSeconds !== 'function') {
    throw new Error('LAB_ENABLED needs a lab clock (createLabClock).');
  }
}

export interface ManualClock extends Clock {
  advanceSeconds(seconds: number): void;
  set(ms: number): void;
}

/** A clock that only moves when told to: for tests. */
export function createManualClock(startMs: number): ManualClock {
  let currentMs = startMs;
  return {
    now: () => currentMs,
    advanceSeconds(seconds: number) {
      currentMs += seconds * 1000;
    },
    set(ms: number) {
      currentMs = ms;
    },
  };
}
