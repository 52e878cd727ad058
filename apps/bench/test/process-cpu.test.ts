import { describe, expect, it } from 'vitest';
import { parseCpuTicks, readCpuMicroseconds } from '../src/process-cpu.ts';

describe('parseCpuTicks', () => {
  it('adds utime and stime, even when the command name holds spaces and parentheses', () => {
    const stat = '4242 (node (a) b) S 1 2 3 4 5 6 7 8 9 10 120 35 0 0 20 0 11';
    expect(parseCpuTicks(stat)).toBe(155);
  });

  it('refuses a line it cannot read', () => {
    expect(() => parseCpuTicks('4242 (node) S')).toThrow(/unexpected/);
  });
});

describe('readCpuMicroseconds', () => {
  it("grows with this process's own work", () => {
    const before = readCpuMicroseconds(process.pid);
    const until = Date.now() + 50;
    while (Date.now() < until) Math.sqrt(Math.random());
    expect(readCpuMicroseconds(process.pid)).toBeGreaterThan(before);
  });
});
