/** Round robin and sticky routing as a pure choice among running instances. */
import { describe, expect, it } from 'vitest';
import { createRoundRobin } from '../src/pick-instance.ts';

const ALL_RUNNING = [1, 2, 3].map((index) => ({ index, running: true }));

function pickMany(count: number, candidates = ALL_RUNNING, pinned: number | null = null) {
  const roundRobin = createRoundRobin();
  return Array.from({ length: count }, () => roundRobin.pick(candidates, pinned));
}

describe('createRoundRobin().pick', () => {
  it('takes the running instances in turn', () => {
    expect(pickMany(6)).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('skips a stopped instance', () => {
    const candidates = ALL_RUNNING.map((c) => ({ ...c, running: c.index !== 2 }));
    expect(pickMany(4, candidates)).toEqual([1, 3, 1, 3]);
  });

  it('keeps a pinned client on its instance while it runs', () => {
    expect(pickMany(3, ALL_RUNNING, 2)).toEqual([2, 2, 2]);
  });

  it('moves a pinned client elsewhere once its instance stops', () => {
    const candidates = ALL_RUNNING.map((c) => ({ ...c, running: c.index !== 2 }));
    expect(pickMany(2, candidates, 2)).toEqual([1, 3]);
  });

  it('returns null when no instance runs', () => {
    expect(
      pickMany(
        1,
        ALL_RUNNING.map((c) => ({ ...c, running: false })),
      ),
    ).toEqual([null]);
  });
});
