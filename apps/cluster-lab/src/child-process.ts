/**
 * Starting and stopping the lab's child processes. Each one is ONE process — the APIs run as
 * `node --import tsx src/server.ts` rather than through the `tsx` command, which would put a
 * second node process underneath — so a signal sent to it reaches the server itself.
 *
 * The children stay in the lab's process group: Ctrl-C in the terminal reaches every one of them
 * at once (the APIs close their connections and stores on SIGINT), even if the lab's own process
 * is killed before it can stop them. `stopChild` is for one child alone: SIGTERM, then SIGKILL
 * if it has not exited after a grace period.
 *
 * Reference: Node.js docs, `child_process.spawn()` and `--import`; The Twelve-Factor App, "IX.
 * Disposability".
 */
import { type ChildProcess, spawn } from 'node:child_process';

/** SIGTERM first, so servers close their connections and stores; SIGKILL if that takes longer. */
export const STOP_GRACE_MS = 3000;

export function spawnChild(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onLine: (line: string) => void },
): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line !== '') options.onLine(line);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  return child;
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
