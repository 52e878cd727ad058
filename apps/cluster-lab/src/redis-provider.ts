/**
 * The Redis the `redis` groups share, found the way a learner's machine allows:
 *
 * 1. `REDIS_URL` when set — the learner's own server (the lab's keys get their own prefix);
 * 2. otherwise a `redis-server` found on PATH, started on a free port with persistence off
 *    (`--save ''`, `--appendonly no`: nothing is written to disk) and stopped with the lab;
 * 3. otherwise none: the `redis` groups answer 503 with how to install Redis, and the `memory`
 *    groups still work — the difference the lab shows needs only one of the two to be visible.
 *
 * Reference: Redis docs, "Redis persistence" (RDB and AOF can both be turned off) and "Redis
 * configuration" (command-line arguments).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { stopChild } from './child-process.ts';
import { findFreePort } from './free-port.ts';

export type RedisSource = 'env' | 'spawned' | 'none';

export interface ProvidedRedis {
  readonly url: string | null;
  readonly source: RedisSource;
  stop(): Promise<void>;
}

export const REDIS_INSTALL_HINT =
  'The redis groups need Redis. Install it (Debian/Ubuntu: `sudo apt-get install redis-server`; ' +
  'macOS: `brew install redis`) or set REDIS_URL, then restart `pnpm run lab:cluster`. ' +
  'The memory groups work without it.';

const REDIS_READY_TIMEOUT_MS = 5000;
const REDIS_POLL_INTERVAL_MS = 50;

/** One PING over a raw socket: true when the server answers +PONG. */
function pingRedis(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(REDIS_POLL_INTERVAL_MS * 4);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function waitForRedis(port: number, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + REDIS_READY_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await pingRedis(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, REDIS_POLL_INTERVAL_MS));
  }
  return false;
}

/** `redis-server` from PATH on a free port, or null when there is none (ENOENT) or it fails. */
export async function startRedisServer(): Promise<ProvidedRedis | null> {
  const port = await findFreePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const spawned = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (!spawned) return null;
  if (!(await waitForRedis(port, child))) {
    await stopChild(child);
    return null;
  }
  return { url: `redis://127.0.0.1:${port}`, source: 'spawned', stop: () => stopChild(child) };
}

export async function provideRedis(redisUrl: string | undefined): Promise<ProvidedRedis> {
  if (redisUrl !== undefined && redisUrl !== '') {
    return { url: redisUrl, source: 'env', stop: async () => {} };
  }
  return (await startRedisServer()) ?? { url: null, source: 'none', stop: async () => {} };
}
