/** The machine a run measured, stored with its numbers: absolute figures only mean something here. */
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { MachineInfo } from './results.ts';

export function readLoadAverage(): number[] {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}

export function describeMachine(loadAverageAtStart: readonly number[]): MachineInfo {
  const processors = cpus();
  return {
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverageAtStart,
    loadAverageAtEnd: readLoadAverage(),
  };
}
