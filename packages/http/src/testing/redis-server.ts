/**
 * A private `redis-server` for fault tests: started on a free port, without persistence, and then
 * paused (SIGSTOP), resumed (SIGCONT), killed (SIGKILL) and restarted EMPTY on the same port —
 * the outages a production store really has (a stalled host, a crash, a failover to an empty
 * replica), done to a real server rather than imitated by a mock.
 *
 * Never the shared server on 6379: other suites run against that one in parallel.
 *
 * Reference: Redis docs, "Redis persistence" (no RDB/AOF: a restart loses everything), signal(7).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { createLogger } from '../logger.ts';
import { createRedisClient, waitForRedisReady } from '../redis.ts';

export const REDIS_SERVER_START_TIMEOUT_MS = 5000;
const START_POLL_MS = 50;

/** True when a `redis-server` binary is on PATH (CI installs one; see .ci/run). */
export function isRedisServerInstalled(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function findFreePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('No TCP port.');
  return address.port;
}

async function waitUntilAnswering(port: number): Promise<void> {
  const deadline = Date.now() + REDIS_SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const probe = new Redis({
      port,
      host: '127.0.0.1',
      lazyConnect: true,
      retryStrategy: () => null,
    });
    probe.on('error', () => {});
    try {
      await probe.connect();
      if ((await probe.ping()) === 'PONG') return;
    } catch {
      // not listening yet
    } finally {
      probe.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, START_POLL_MS));
  }
  throw new Error(
    `redis-server did not answer on port ${port} within ${REDIS_SERVER_START_TIMEOUT_MS} ms.`,
  );
}

export interface TestRedisServer {
  readonly url: string;
  pause(): void;
  resume(): void;
  /** SIGKILL, as a crash: no shutdown, and (without persistence) every key is gone. */
  kill(): Promise<void>;
  /** Starts a new, EMPTY server on the same port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** `extraArgs`: more redis-server options, e.g. `['--maxmemory-policy', 'allkeys-lru']`. */
export async function startTestRedisServer(
  extraArgs: readonly string[] = [],
): Promise<TestRedisServer> {
  const port = await findFreePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      ...extraArgs,
    ];
    child = spawn('redis-server', args, { stdio: 'ignore' });
    await waitUntilAnswering(port);
  };
  const kill = async () => {
    const running = child;
    child = null;
    if (running === null || running.exitCode !== null || running.signalCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    kill,
    restart: async () => {
      await kill();
      await start();
    },
    stop: kill,
  };
}

export interface FaultStore {
  readonly server: TestRedisServer;
  /** A client configured as the APIs configure theirs (fail fast, reconnect), logging nothing. */
  readonly redis: Redis;
  stop(): Promise<void>;
}

/** A private `redis-server` and a ready client on it: what each API's fault suite starts from. */
export async function startFaultStore(): Promise<FaultStore> {
  const server = await startTestRedisServer();
  const redis = createRedisClient(server.url, {
    logger: createLogger({ level: 'silent', name: 'faults' }),
  });
  await waitForRedisReady(redis);
  return {
    server,
    redis,
    async stop() {
      redis.disconnect();
      await server.stop();
    },
  };
}
