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

/** Five clock ticks at 100 Hz: enough that the tick count must move. */
const SPIN_CPU_MICROSECONDS = 50_000;
const sumMicroseconds = (usage: NodeJS.CpuUsage) => usage.user + usage.system;

describe('readCpuMicroseconds', () => {
  it("grows with this process's own work", () => {
    const before = readCpuMicroseconds(process.pid);
    // Spin for CPU time, not wall time: on a busy CI machine 50 ms of wall time can hold less
    // than one 10 ms clock tick of CPU, and /proc counts whole ticks.
    const start = process.cpuUsage();
    while (sumMicroseconds(process.cpuUsage(start)) < SPIN_CPU_MICROSECONDS)
      Math.sqrt(Math.random());
    expect(readCpuMicroseconds(process.pid)).toBeGreaterThan(before);
  });
});
