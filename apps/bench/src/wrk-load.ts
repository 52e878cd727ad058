/**
 * One load run: wrk hammers one URL for a fixed time while the server's CPU time is read before
 * and after (process-cpu.ts).
 *
 * Why wrk (Debian's `wrk`, a C program) and not a Node load generator: on a 2-core machine the
 * client and the server share the cores, and a JavaScript client that runs a callback per response
 * (autocannon, the previous choice) spent as much CPU per request as the cheapest servers, so for
 * fast configurations the bench measured its own client. wrk parses responses in C with one
 * thread; `wrk-report.lua` only sets the method and body once and prints a JSON summary at the
 * end. The CPU figure does not depend on the client at all; req/s and latency still do, which is
 * why they are secondary columns.
 *
 * A run that got any error answer (wrk counts status ≥ 400) or socket error did not measure the
 * configuration: the caller throws it away.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readCpuMicroseconds } from './process-cpu.ts';

const run = promisify(execFile);
const REPORT_SCRIPT_PATH = fileURLToPath(new URL('./wrk-report.lua', import.meta.url));
/** One client thread: the other core is the server's (and Redis's, for the Redis rows). */
const WRK_THREADS = 1;
const WRK_TIMEOUT_SECONDS = 10;

export interface LoadRequest {
  readonly url: string;
  /** The server's process: its CPU time is read around the run. */
  readonly pid: number;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly connections: number;
  /** Whole seconds (wrk's resolution). */
  readonly seconds: number;
}

export interface LoadSample {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  /** Answers with status ≥ 400. */
  readonly errorAnswers: number;
  readonly socketErrors: number;
  readonly durationSeconds: number;
  /** Server CPU time (user + system) during the run, and divided by the requests served. */
  readonly cpuMicroseconds: number;
  readonly cpuPerRequestMicroseconds: number;
}

export interface WrkReport {
  readonly requests: number;
  readonly durationMicroseconds: number;
  readonly connectErrors: number;
  readonly readErrors: number;
  readonly writeErrors: number;
  readonly statusErrors: number;
  readonly timeouts: number;
  readonly latencyP50Microseconds: number;
  readonly latencyP99Microseconds: number;
}

/** The JSON line wrk-report.lua prints, from wrk's whole standard output. */
export function parseWrkReport(stdout: string): WrkReport {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('{"requests"'));
  if (line === undefined) throw new Error(`wrk printed no report:\n${stdout.slice(-500)}`);
  return JSON.parse(line) as WrkReport;
}

/** Results files keep what the measurement can resolve, not 15 digits of noise. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function toLoadSample(report: WrkReport, cpuMicroseconds: number): LoadSample {
  const durationSeconds = report.durationMicroseconds / 1e6;
  return {
    requests: report.requests,
    requestsPerSecond: roundTo(durationSeconds > 0 ? report.requests / durationSeconds : 0, 1),
    latencyP50Ms: roundTo(report.latencyP50Microseconds / 1000, 3),
    latencyP99Ms: roundTo(report.latencyP99Microseconds / 1000, 3),
    errorAnswers: report.statusErrors,
    socketErrors: report.connectErrors + report.readErrors + report.writeErrors + report.timeouts,
    durationSeconds: roundTo(durationSeconds, 3),
    cpuMicroseconds: Math.round(cpuMicroseconds),
    cpuPerRequestMicroseconds:
      report.requests > 0 ? roundTo(cpuMicroseconds / report.requests, 1) : 0,
  };
}

export async function runLoad(request: LoadRequest): Promise<LoadSample> {
  const headerArgs = Object.entries(request.headers ?? {}).flatMap(([name, value]) => [
    '-H',
    `${name}: ${value}`,
  ]);
  const args = [
    ...['-t', String(WRK_THREADS), '-c', String(request.connections)],
    ...['-d', `${request.seconds}s`, '--timeout', `${WRK_TIMEOUT_SECONDS}s`],
    ...['-s', REPORT_SCRIPT_PATH, ...headerArgs, request.url],
  ];
  const env = {
    ...process.env,
    BENCH_METHOD: request.method ?? 'GET',
    ...(request.body === undefined ? {} : { BENCH_BODY: request.body }),
  };
  const cpuBefore = readCpuMicroseconds(request.pid);
  const { stdout } = await run('wrk', args, { env }).catch((error: Error) => {
    throw new Error(
      `wrk failed (is Debian's wrk installed? apt-get install wrk): ${error.message}`,
    );
  });
  const cpuAfter = readCpuMicroseconds(request.pid);
  return toLoadSample(parseWrkReport(stdout), cpuAfter - cpuBefore);
}

/** Why a sample cannot be trusted, or null when every request got a 2xx/3xx answer. */
export function describeInvalidSample(sample: LoadSample): string | null {
  const problems: string[] = [];
  if (sample.errorAnswers > 0) problems.push(`${sample.errorAnswers} answers with status ≥ 400`);
  if (sample.socketErrors > 0) problems.push(`${sample.socketErrors} socket errors or timeouts`);
  if (sample.requests === 0) problems.push('no response at all');
  return problems.length === 0 ? null : problems.join('; ');
}
