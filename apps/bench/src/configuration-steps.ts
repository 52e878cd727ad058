/**
 * The steps one configuration goes through in a run — start its server, log in, warm up,
 * measure — each recording on the configuration's entry what happened. A step that fails marks
 * the entry FAILED or INVALID (loudly, in the log) and the run goes on with the others.
 */
import { type RunningServer, startServer } from './child-server.ts';
import type { Configuration } from './configurations.ts';
import { describeInvalidSample, type LoadSample, runLoad } from './load.ts';
import { LOGIN_BODY, LOGIN_HEADERS, logIn } from './log-in.ts';
import type { BenchSettings, CredentialInfo, LoginResult, RunStatus } from './results.ts';

export type Log = (line: string) => void;

export interface Entry {
  readonly configuration: Configuration;
  status: RunStatus;
  reason: string | null;
  server: RunningServer | null;
  credential: { headers: Readonly<Record<string, string>>; info: CredentialInfo | null } | null;
  readonly rounds: LoadSample[];
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

export async function logInAndWarmUp(entry: Entry, settings: BenchSettings, log: Log) {
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
    return;
  }
  if (settings.warmupSeconds === 0) return;
  const warmup = await measure(entry, settings.warmupSeconds, settings.connections);
  const problem = describeInvalidSample(warmup);
  if (problem !== null) markInvalid(entry, 'warm-up', problem, log);
  else log(`    ${configuration.id} ready (${Math.round(warmup.requestsPerSecond)} req/s warm-up)`);
}

export function measure(
  entry: Entry,
  durationSeconds: number,
  connections: number,
): Promise<LoadSample> {
  if (entry.server === null) throw new Error(`${entry.configuration.id} has no running server`);
  return runLoad({
    url: `${entry.server.baseUrl}/me`,
    headers: entry.credential?.headers ?? {},
    connections,
    until: { seconds: durationSeconds },
  });
}

export async function measureLogin(entry: Entry, settings: BenchSettings): Promise<LoginResult> {
  const { id, label } = entry.configuration;
  if (entry.server === null || entry.status === 'failed' || entry.status === 'skipped') {
    return { id, label, status: entry.status, reason: entry.reason, sample: null };
  }
  const sample = await runLoad({
    url: `${entry.server.baseUrl}/login`,
    method: 'POST',
    headers: LOGIN_HEADERS,
    body: LOGIN_BODY,
    connections: settings.loginConnections,
    until: { requests: settings.loginRequests },
  });
  const problem = describeInvalidSample(sample);
  return { id, label, status: problem === null ? 'ran' : 'invalid', reason: problem, sample };
}
