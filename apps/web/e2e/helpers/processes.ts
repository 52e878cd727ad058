/**
 * Starting and stopping the e2e stack's child processes. Each child is the leader of its own
 * process group (`detached`), so stopping it also stops what it started (tsx runs the server in a
 * child node process); nothing else on the machine is touched.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface StartedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logPath: string;
}

export function startProcess(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logPath: string },
): StartedProcess {
  const log = createWriteStream(options.logPath);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return { name, child, logPath: options.logPath };
}

const STOP_GRACE_MS = 3000;

export async function stopProcess(started: StartedProcess): Promise<void> {
  const { child } = started;
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

const POLL_INTERVAL_MS = 200;

/** Polls `url` until it answers 200, the process exits, or `timeoutMs` passes. */
export async function waitForHttp(
  url: string,
  started: StartedProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) {
      throw new Error(
        `${started.name} exited with code ${started.child.exitCode}; see ${started.logPath}`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  throw new Error(
    `${started.name} did not answer 200 at ${url} within ${timeoutMs} ms; see ${started.logPath}`,
  );
}
