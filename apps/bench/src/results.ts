/**
 * The machine-readable result of one run (results/latest.json for a full run) and the step that
 * turns raw runs into the figures the docs show: medians, paired overheads and ratios (stats.ts).
 */
import type { Configuration } from './configurations.ts';
import type { GrowthResult } from './growth/growth-types.ts';
import type { MicroCaseResult, MicroResult } from './micro.ts';
import type { MicroSettings } from './micro-timing.ts';
import { type PairedFigures, type RoundFigures, summarizePairs, summarizeRounds } from './stats.ts';
import type { TargetResult } from './targets.ts';
import type { LoadSample } from './wrk-load.ts';

export type BenchMode = 'full' | 'smoke';

export interface BenchSettings {
  readonly mode: BenchMode;
  readonly connections: number;
  /** One measured run, in whole seconds (wrk's resolution). */
  readonly durationSeconds: number;
  readonly rounds: number;
  /** 0: no warm-up (the CI smoke test only checks that things work). */
  readonly warmupSeconds: number;
  /**
   * Smoke only: measure the framework groups at the same time. Their runs then compete for the
   * cores, which makes the numbers meaningless and the harness check faster.
   */
  readonly groupsAtOnce: boolean;
  /** Growth measurements: sizes and durations (growth/growth-settings.ts). */
  readonly growth: {
    readonly sessionCounts: readonly number[];
    readonly logoutCounts: readonly number[];
    readonly loginConcurrencies: readonly number[];
    readonly loginSeconds: number;
    readonly userCounts: readonly number[];
  };
  readonly micro: MicroSettings;
}

export interface MachineInfo {
  readonly node: string;
  readonly platform: string;
  readonly cpuModel: string;
  readonly cores: number;
  readonly totalMemoryGiB: number;
  /** 1, 5 and 15 minute load averages: above ~0.5 per core, other work competed with the run. */
  readonly loadAverageAtStart: readonly number[];
  readonly loadAverageAtEnd: readonly number[];
}

/**
 * ran: measured, every answer 2xx. skipped: not applicable here (no Redis).
 * failed: could not start or log in. invalid: got error answers or socket errors while measured.
 */
export type RunStatus = 'ran' | 'skipped' | 'failed' | 'invalid';

export interface CredentialInfo {
  readonly headerName: string;
  readonly headerBytes: number;
  readonly shape: string;
}

export interface ConfigurationResult
  extends Pick<Configuration, 'id' | 'label' | 'framework' | 'role' | 'authlab'> {
  readonly status: RunStatus;
  readonly reason: string | null;
  readonly credential: CredentialInfo | null;
  readonly samples: readonly LoadSample[];
  /** CPU µs/request of the floor run measured right before each of `samples` (not for floors). */
  readonly floorCpuPerRequest: readonly number[];
  readonly median: RoundFigures | null;
  readonly paired: PairedFigures | null;
}

export interface BenchResult {
  readonly command: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly elapsedSeconds: number;
  readonly settings: BenchSettings;
  readonly machine: MachineInfo;
  readonly redis: {
    readonly url: string | null;
    readonly used: boolean;
    readonly note: string | null;
  };
  readonly configurations: readonly ConfigurationResult[];
  readonly targets: readonly TargetResult[];
  readonly growth: GrowthResult;
  readonly micro: MicroResult;
  /** Everything that makes this run untrustworthy; empty for a clean run. */
  readonly problems: readonly string[];
}

export interface RawConfigurationRun
  extends Omit<ConfigurationResult, 'median' | 'paired' | 'floorCpuPerRequest'> {
  readonly pairs: readonly { readonly floor: LoadSample; readonly sample: LoadSample }[];
}

export function summarizeConfiguration(run: RawConfigurationRun): ConfigurationResult {
  const { pairs, ...rest } = run;
  const measured = run.status === 'ran' && run.samples.length > 0;
  const paired =
    measured && pairs.length > 0
      ? summarizePairs(
          pairs.map(({ floor, sample }) => ({
            floorCpuPerRequest: floor.cpuPerRequestMicroseconds,
            cpuPerRequest: sample.cpuPerRequestMicroseconds,
          })),
        )
      : null;
  return {
    ...rest,
    floorCpuPerRequest: pairs.map(({ floor }) => floor.cpuPerRequestMicroseconds),
    median: measured ? summarizeRounds(run.samples) : null,
    paired,
  };
}

/** One line per configuration or micro case that did not give a trustworthy measurement. */
export function listProblems(
  configurations: readonly ConfigurationResult[],
  microCases: readonly MicroCaseResult[] = [],
  growthProblems: readonly string[] = [],
): string[] {
  const describe = (name: string, entry: { status: RunStatus; reason: string | null }) =>
    `${name}: ${entry.status.toUpperCase()} — ${entry.reason ?? 'no reason given'}`;
  const isBad = (entry: { status: RunStatus }) =>
    entry.status === 'failed' || entry.status === 'invalid';
  return [
    ...configurations.filter(isBad).map((entry) => describe(`GET /me ${entry.id}`, entry)),
    ...microCases.filter(isBad).map((entry) => describe(`micro ${entry.id}`, entry)),
    ...growthProblems,
  ];
}
