/**
 * The measured part of a run: interleaved rounds of short `GET /me` runs, each configuration
 * measured right after its framework's floor (stats.ts says why pairs). Round r starts at the r-th
 * group and the r-th configuration of each group, so no configuration always runs first or last
 * while the machine drifts (CPU frequency, other processes).
 */
import { type Entry, type Log, markInvalid, measureMe } from './configuration-steps.ts';
import type { Framework } from './configurations.ts';
import type { BenchSettings } from './results.ts';
import { describeInvalidSample } from './wrk-load.ts';

/** Round r starts at the r-th item, so no item always runs first or last. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const start = by % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

export interface Group {
  readonly framework: Framework;
  readonly floor: Entry;
  readonly others: readonly Entry[];
}

export function groupByFramework(entries: readonly Entry[]): Group[] {
  const groups: Group[] = [];
  for (const floor of entries.filter((entry) => entry.configuration.role === 'floor')) {
    const { framework } = floor.configuration;
    const others = entries.filter(
      (entry) => entry.configuration.framework === framework && entry !== floor,
    );
    groups.push({ framework, floor, others });
  }
  return groups;
}

async function measurePair(group: Group, entry: Entry, settings: BenchSettings, log: Log) {
  const { floor } = group;
  const floorSample = await measureMe(floor, settings.durationSeconds, settings.connections);
  const floorProblem = describeInvalidSample(floorSample);
  if (floorProblem !== null) {
    markInvalid(floor, 'floor run', floorProblem, log);
    return;
  }
  floor.samples.push(floorSample);
  const sample = await measureMe(entry, settings.durationSeconds, settings.connections);
  const problem = describeInvalidSample(sample);
  if (problem !== null) {
    markInvalid(entry, 'measured run', problem, log);
    return;
  }
  entry.samples.push(sample);
  entry.pairs.push({ floor: floorSample, sample });
  const overhead = sample.cpuPerRequestMicroseconds - floorSample.cpuPerRequestMicroseconds;
  log(
    `    ${entry.configuration.id}: ${sample.cpuPerRequestMicroseconds} µs CPU/request ` +
      `(${floor.configuration.id} ${floorSample.cpuPerRequestMicroseconds}; +${overhead.toFixed(1)}), ` +
      `${Math.round(sample.requestsPerSecond)} req/s`,
  );
}

async function measureGroup(group: Group, round: number, settings: BenchSettings, log: Log) {
  for (const entry of rotate(group.others, round)) {
    // A configuration (or floor) that went INVALID is not measured again.
    if (group.floor.status !== 'ran' || entry.status !== 'ran') continue;
    await measurePair(group, entry, settings, log);
  }
}

export async function measurePairs(entries: readonly Entry[], settings: BenchSettings, log: Log) {
  const groups = groupByFramework(entries);
  for (let round = 0; round < settings.rounds; round += 1) {
    log(`  round ${round + 1}/${settings.rounds}`);
    if (settings.groupsAtOnce) {
      await Promise.all(groups.map((group) => measureGroup(group, round, settings, log)));
      continue;
    }
    for (const group of rotate(groups, round)) await measureGroup(group, round, settings, log);
  }
}
