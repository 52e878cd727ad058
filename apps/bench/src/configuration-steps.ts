/**
 * The steps one configuration goes through in a run — start its server, log in, warm up,
 * measure — each recording on the configuration's entry what happened. A step that fails marks
 * the entry FAILED or INVALID (loudly, in the log) and the run goes on with the others.
 */
import { type RunningServer, startServer } from './child-server.ts';
import type { Configuration } from './configurations.ts';
import { LOGIN_BODY, LOGIN_HEADERS, logIn } from './log-in.ts';
import type { BenchSettings, CredentialInfo, RunStatus } from './results.ts';
import { describeInvalidSample, type LoadSample, runLoad } from './wrk-load.ts';

export type Log = (line: string) => void;

export interface Entry {
  readonly configuration: Configuration;
  status: RunStatus;
  reason: string | null;
  server: RunningServer | null;
  credential: { headers: Readonly<Record<string, string>>; info: CredentialInfo | null } | null;
  /** Every measured run of this configuration, in order. */
  readonly samples: LoadSample[];
  /** For a non-floor configuration: each run with the floor run measured right before it. */
  readonly pairs: { readonly floor: LoadSample; readonly sample: LoadSample }[];
}

/** A configuration about to run: nothing started, nothing measured yet. */
export function createEntry(
  configuration: Configuration,
  skippedBecause: string | null = null,
): Entry {
  return {
    configuration,
    status: skippedBecause === null ? 'ran' : 'skipped',
    reason: skippedBecause,
    server: null,
    credential: null,
    samples: [],
    pairs: [],
  };
}

export function markInvalid(entry: Entry, phase: string, problem: string, log: Log) {
  entry.status = 'invalid';
  entry.reason = `${phase}: ${problem}`;
  log(`!!! ${entry.configuration.id} INVALID — ${entry.reason}`);
}

function markFailed(entry: Entry, error: unknown, log: Log) {
  entry.status = 'failed';
  entry.reason = (error as Error).message.split('\n').slice(0, 12).join('\n');
  log(`!!! ${entry.configuration.id} FAILED — ${entry.reason}`);
}

export async function start(entry: Entry, log: Log) {
  try {
    entry.server = await startServer(entry.configuration.server);
  } catch (error) {
    markFailed(entry, error, log);
  }
}

export async function logInEntry(entry: Entry, log: Log) {
  const { configuration, server } = entry;
  if (server === null) return;
  try {
    const credential = await logIn(server.baseUrl, configuration.credential);
    const { headerName, headerBytes, shape } = credential;
    entry.credential = {
      headers: credential.headers,
      info: headerName === null || shape === null ? null : { headerName, headerBytes, shape },
    };
  } catch (error) {
    markFailed(entry, error, log);
  }
}

export async function warmUp(entry: Entry, settings: BenchSettings, log: Log) {
  if (entry.server === null || entry.status !== 'ran' || settings.warmupSeconds === 0) return;
  const warmup = await measureMe(entry, settings.warmupSeconds, settings.connections);
  const problem = describeInvalidSample(warmup);
  if (problem !== null) markInvalid(entry, 'warm-up', problem, log);
}

export async function logInAndWarmUp(entry: Entry, settings: BenchSettings, log: Log) {
  await logInEntry(entry, log);
  await warmUp(entry, settings, log);
}

/** One measured run of `GET /me`; marks the entry INVALID when an answer was not 2xx/3xx. */
export async function measureMe(
  entry: Entry,
  seconds: number,
  connections: number,
): Promise<LoadSample> {
  if (entry.server === null) throw new Error(`${entry.configuration.id} has no running server`);
  return runLoad({
    url: `${entry.server.baseUrl}/me`,
    pid: entry.server.pid,
    headers: entry.credential?.headers ?? {},
    connections,
    seconds,
  });
}

/** `POST /login` at a given concurrency: logins/s and the server's CPU per login. */
export function measureLogins(
  server: RunningServer,
  connections: number,
  seconds: number,
): Promise<LoadSample> {
  return runLoad({
    url: `${server.baseUrl}/login`,
    pid: server.pid,
    method: 'POST',
    headers: LOGIN_HEADERS,
    body: LOGIN_BODY,
    connections,
    seconds,
  });
}
