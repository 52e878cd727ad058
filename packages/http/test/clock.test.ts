import { describe, expect, it } from 'vitest';
import { assertLabClock, createLabClock, createManualClock, systemClock } from '../src/clock.ts';

describe('createManualClock()', () => {
  it('moves only when told to', () => {
    const clock = createManualClock(1_000_000);
    clock.advanceSeconds(90);
    expect(clock.now()).toBe(1_090_000);
    clock.set(5);
    expect(clock.now()).toBe(5);
  });
});

describe('createLabClock()', () => {
  it('runs offsetSeconds ahead of its base clock and resets to 0', () => {
    const base = createManualClock(1_000_000);
    const clock = createLabClock(base);
    clock.setOffsetSeconds(900);
    expect([clock.now(), clock.offsetSeconds]).toEqual([1_900_000, 900]);
    base.advanceSeconds(1);
    expect(clock.now()).toBe(1_901_000);
    clock.setOffsetSeconds(0);
    expect(clock.now()).toBe(1_001_000);
  });

  it('refuses a non-finite offset', () => {
    expect(() => createLabClock().setOffsetSeconds(Number.NaN)).toThrow(RangeError);
  });
});

describe('assertLabClock()', () => {
  it('accepts a lab clock and refuses any other', () => {
    expect(() => assertLabClock(createLabClock())).not.toThrow();
    expect(() => assertLabClock(systemClock)).toThrow(/LAB_ENABLED needs a lab clock/);
    expect(() => assertLabClock(createManualClock(0))).toThrow(/LAB_ENABLED/);
  });
});
