/**
 * The machine-readable result of one run (results/latest.json for a full run) and the step that
 * turns raw rounds into the figures the docs show: medians, ratio to bare, overhead, targets.
 */
import type { ConfigurationId } from './configurations.ts';
import type { LoadSample } from './load.ts';
import type { MicroCaseResult, MicroResult } from './micro.ts';
import type { MicroSettings } from './micro-timing.ts';
import { overheadMicroseconds, type RoundFigures, ratioToBare, summarizeRounds } from './stats.ts';

export type BenchMode = 'full' | 'smoke';

export interface BenchSettings {
  readonly mode: BenchMode;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly rounds: number;
  /** 0: no warm-up (the CI smoke test only checks that things work). */
  readonly warmupSeconds: number;
  readonly loginConnections: number;
  /** Logins per API: a fixed count, each takes a full password KDF run. */
  readonly loginRequests: number;
  /** The in-process micro-benchmark that follows the HTTP runs. */
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
 * failed: could not start or log in. invalid: got non-2xx answers or errors while measured.
 */
export type RunStatus = 'ran' | 'skipped' | 'failed' | 'invalid';

export interface CredentialInfo {
  readonly headerName: string;
  readonly headerBytes: number;
  readonly shape: string;
}

export interface ConfigurationResult {
  readonly id: ConfigurationId;
  readonly label: string;
  readonly status: RunStatus;
  readonly reason: string | null;
  readonly credential: CredentialInfo | null;
  readonly rounds: readonly LoadSample[];
  readonly median: RoundFigures | null;
  readonly ratioToBare: number | null;
  readonly overheadMicroseconds: number | null;
  /** pass is null when there is nothing to compare (not measured, or the floor is missing). */
  readonly target: { readonly minRatioToBare: number; readonly pass: boolean | null } | null;
}

export interface LoginResult {
  readonly id: ConfigurationId;
  readonly label: string;
  readonly status: RunStatus;
  readonly reason: string | null;
  readonly sample: LoadSample | null;
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
  readonly logins: readonly LoginResult[];
  readonly micro: MicroResult;
  /** Everything that makes this run untrustworthy; empty for a clean run. */
  readonly problems: readonly string[];
}

/** What the runner collected for one configuration, before any arithmetic. */
export interface RawConfigurationRun {
  readonly id: ConfigurationId;
  readonly label: string;
  readonly status: RunStatus;
  readonly reason: string | null;
  readonly credential: CredentialInfo | null;
  readonly rounds: readonly LoadSample[];
  readonly minRatioToBare: number | null;
}

export const BARE_CONFIGURATION_ID: ConfigurationId = 'bare';

export function summarizeConfigurations(
  runs: readonly RawConfigurationRun[],
): ConfigurationResult[] {
  const bare = runs.find((run) => run.id === BARE_CONFIGURATION_ID);
  const bareMedian =
    bare?.status === 'ran' && bare.rounds.length > 0 ? summarizeRounds(bare.rounds) : null;
  return runs.map((run) => {
    const measured = run.status === 'ran' && run.rounds.length > 0;
    const median = measured ? summarizeRounds(run.rounds) : null;
    const comparable = median !== null && bareMedian !== null && median.requestsPerSecond > 0;
    const ratio = comparable
      ? ratioToBare(median.requestsPerSecond, bareMedian.requestsPerSecond)
      : null;
    const overhead =
      comparable && run.id !== BARE_CONFIGURATION_ID
        ? overheadMicroseconds(median.requestsPerSecond, bareMedian.requestsPerSecond)
        : null;
    const target =
      run.minRatioToBare === null
        ? null
        : {
            minRatioToBare: run.minRatioToBare,
            pass: ratio === null ? null : ratio >= run.minRatioToBare,
          };
    const { minRatioToBare: _unused, ...rest } = run;
    return { ...rest, median, ratioToBare: ratio, overheadMicroseconds: overhead, target };
  });
}

/** One line per configuration, login or micro case that did not give a trustworthy measurement. */
export function listProblems(
  configurations: readonly ConfigurationResult[],
  logins: readonly LoginResult[],
  microCases: readonly MicroCaseResult[] = [],
): string[] {
  const describe = (name: string, entry: { status: RunStatus; reason: string | null }) =>
    `${name}: ${entry.status.toUpperCase()} — ${entry.reason ?? 'no reason given'}`;
  const isBad = (entry: { status: RunStatus }) =>
    entry.status === 'failed' || entry.status === 'invalid';
  return [
    ...configurations.filter(isBad).map((entry) => describe(`GET /me ${entry.id}`, entry)),
    ...logins.filter(isBad).map((entry) => describe(`POST /login ${entry.id}`, entry)),
    ...microCases.filter(isBad).map((entry) => describe(`micro ${entry.id}`, entry)),
  ];
}
