/**
 * The primary figure of the bench: how much CPU time a server process used, read from
 * `/proc/<pid>/stat` (Linux) before and after a load run. utime + stime count every thread of the
 * process (the event loop, libuv's pool, V8's GC and compiler threads) and nothing of any other
 * process, so the load generator's work is not in it. Divided by the requests served, it is CPU
 * per request. A throttled or contended core still inflates it (the same work takes longer on
 * the CPU), which is why every run is paired with its floor measured right before (stats.ts).
 *
 * Resolution is one clock tick (10 ms at the usual 100 Hz): a run of a few seconds that keeps a
 * server busy uses hundreds of ticks, so the rounding stays below about 1 %.
 *
 * Reference: proc(5), `/proc/pid/stat` fields 14 (utime) and 15 (stime).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MICROSECONDS_PER_SECOND = 1e6;
/** Fields after the `(comm)` field, which may itself contain spaces and parentheses. */
const UTIME_INDEX_AFTER_COMM = 11;
const STIME_INDEX_AFTER_COMM = 12;

let clockTicksPerSecond: number | null = null;

function readClockTicksPerSecond(): number {
  if (clockTicksPerSecond === null) {
    clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    if (!Number.isFinite(clockTicksPerSecond) || clockTicksPerSecond <= 0) {
      throw new Error('getconf CLK_TCK gave no tick rate');
    }
  }
  return clockTicksPerSecond;
}

/** utime + stime in clock ticks, from the text of `/proc/<pid>/stat`. */
export function parseCpuTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[UTIME_INDEX_AFTER_COMM]);
  const stime = Number(fields[STIME_INDEX_AFTER_COMM]);
  if (!Number.isInteger(utime) || !Number.isInteger(stime)) {
    throw new Error(`unexpected /proc stat line: ${stat.slice(0, 120)}`);
  }
  return utime + stime;
}

/** CPU time (user + system) the process `pid` has used since it started, in microseconds. */
export function readCpuMicroseconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return (parseCpuTicks(stat) / readClockTicksPerSecond()) * MICROSECONDS_PER_SECOND;
}
