/**
 * Starts each configuration as a real server in its OWN process, the way it would run in
 * production (`node --import tsx src/server.ts`, NODE_ENV=production), and stops it again.
 *
 * Why a child process: the bench reads the server's CPU time from `/proc/<pid>/stat`, which counts
 * everything the process did and nothing else; the load generator (wrk) and this runner stay out
 * of that figure because they are other processes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export const SERVER_START_TIMEOUT_MS = 60_000;
const SERVER_STOP_TIMEOUT_MS = 5_000;
const READY_POLL_INTERVAL_MS = 100;
const OUTPUT_TAIL_CHARACTERS = 4_000;

export interface ServerSpec {
  /** The package folder the server runs in; `tsx` is resolved from there (`node --import tsx`). */
  readonly cwd: string;
  /** The entry file, relative to `cwd`. */
  readonly entry: string;
  readonly env: Readonly<Record<string, string>>;
  /** Further `node --import` modules, after tsx (e.g. servers/unpatched-koa-jwt-hooks.mjs). */
  readonly imports?: readonly string[];
}

export interface RunningServer {
  readonly baseUrl: string;
  /** The server's own process (node itself, no wrapper): the one whose CPU time is read. */
  readonly pid: number;
  /** The last lines the server wrote, for error reports. */
  output(): string;
  stop(): Promise<void>;
}

/** A port that was free a moment ago (the tiny race with other programs is accepted). */
export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  const probe = createServer();
  probe.listen(0, host);
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (typeof address !== 'object' || address === null) throw new Error('no port assigned');
  return address.port;
}

/** Only what a server needs from the parent: no REDIS_URL or secrets leak between configurations. */
function baseEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** The line of a crashed server's output that says what went wrong. */
export function summarizeCrash(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const index = lines.findIndex((line) => /^\w*Error\b/.test(line));
  if (index === -1) return lines.at(-1) ?? '(no output)';
  // "Error: Invalid configuration:" is followed by one "- NAME: reason" line per variable.
  const following = lines.slice(index + 1);
  const detailCount = following.findIndex((line) => !line.startsWith('- '));
  const details = following.slice(0, detailCount === -1 ? following.length : detailCount);
  return [lines[index], ...details].join(' ');
}

async function waitUntilReady(child: ChildProcess, baseUrl: string, output: () => string) {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const status = child.exitCode ?? child.signalCode;
      throw new Error(`server exited (${status}): ${summarizeCrash(output())}\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(READY_POLL_INTERVAL_MS);
  }
  throw new Error(`server not ready after ${SERVER_START_TIMEOUT_MS} ms:\n${output()}`);
}

export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  const host = '127.0.0.1';
  const port = await findFreePort(host);
  // `node --import tsx` rather than the tsx binary: the binary is a wrapper that starts node as a
  // second process, and the bench must read the CPU time of the process that serves requests.
  const imports = ['tsx', ...(spec.imports ?? [])].flatMap((module) => ['--import', module]);
  const child = spawn(process.execPath, [...imports, spec.entry], {
    cwd: spec.cwd,
    env: { ...baseEnvironment(), ...spec.env, HOST: host, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keepTail = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARACTERS);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  const output = () => tail;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  const baseUrl = `http://${host}:${port}`;
  try {
    await waitUntilReady(child, baseUrl, output);
  } catch (error) {
    await stop();
    throw error;
  }
  if (child.pid === undefined) throw new Error(`could not start ${spec.entry}`);
  return { baseUrl, pid: child.pid, output, stop };
}
