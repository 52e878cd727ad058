/**
 * One API instance: a real `node --import tsx src/server.ts` process of session-api or jwt-api,
 * started with its own INSTANCE_ID and PORT and the environment its group shares (secret, Redis,
 * users database).
 * It can be stopped and started again — a restarted memory instance comes back with an EMPTY
 * store, which is exactly what happens to a real server's memory on a deploy or a crash.
 *
 * An instance that dies on its own is marked `stopped`, and the balancer routes around it.
 *
 * Reference: The Twelve-Factor App, "VI. Processes" (stateless processes; state in a backing
 * service) and "IX. Disposability".
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasExited, spawnChild, stopChild } from './child-process.ts';
import type { InstanceSpec } from './cluster-plan.ts';

export type InstanceState = 'starting' | 'running' | 'stopping' | 'stopped';

export interface ApiInstance {
  readonly spec: InstanceSpec;
  readonly state: InstanceState;
  /** Variables that differ from the group's (the lab's "own HS256 secret"), or `{}`. */
  readonly overrides: Readonly<NodeJS.ProcessEnv>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stop, take `overrides` instead of the previous ones, start again. */
  restartWith(overrides: NodeJS.ProcessEnv): Promise<void>;
}

export interface ApiInstanceOptions {
  /** The variables this instance's group shares; INSTANCE_ID, PORT and HOST are added here. */
  env: NodeJS.ProcessEnv;
  /** Each line the process prints, for the orchestrator's console (or a test's log). */
  onOutput: (instanceId: string, line: string) => void;
}

const APPS_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const INSTANCE_HOST = '127.0.0.1';
const STARTUP_TIMEOUT_MS = 60_000;
const HEALTH_POLL_INTERVAL_MS = 100;
/**
 * Polls /healthz until THIS instance answers: the `X-Instance-Id` header must name it, since
 * another process that took the port in the meantime would otherwise pass for it.
 */
async function waitForHealth(url: string, id: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let answeredBy: string | null = null;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      // /healthz answers 503 while Redis is down; the process is up either way.
      answeredBy = (await fetch(url)).headers.get('x-instance-id') ?? 'a process without an id';
      if (answeredBy === id) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, HEALTH_POLL_INTERVAL_MS));
  }
  const why = answeredBy === null ? `exit code ${child.exitCode}` : `${answeredBy} answered`;
  throw new Error(`${id} did not answer at ${url} within ${STARTUP_TIMEOUT_MS} ms (${why})`);
}

export function createApiInstance(spec: InstanceSpec, options: ApiInstanceOptions): ApiInstance {
  const cwd = join(APPS_DIR, `${spec.api}-api`);
  let child: ChildProcess | null = null;
  let state: InstanceState = 'stopped';
  let overrides: NodeJS.ProcessEnv = {};

  const instance: ApiInstance = {
    spec,
    get state() {
      return state;
    },
    get overrides() {
      return overrides;
    },
    async restartWith(next) {
      await instance.stop();
      overrides = next;
      await instance.start();
    },
    async start() {
      if (state !== 'stopped') return;
      state = 'starting';
      const started = spawnChild(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        cwd,
        env: {
          ...options.env,
          ...overrides,
          INSTANCE_ID: spec.id,
          PORT: String(spec.port),
          HOST: INSTANCE_HOST,
        },
        onLine: (line) => options.onOutput(spec.id, line),
      });
      child = started;
      started.once('exit', () => {
        if (child === started) state = 'stopped';
      });
      try {
        await waitForHealth(`http://${INSTANCE_HOST}:${spec.port}/healthz`, spec.id, started);
      } catch (error) {
        started.kill('SIGKILL');
        state = 'stopped';
        throw error;
      }
      state = 'running';
    },
    async stop() {
      if (child === null || hasExited(child)) {
        state = 'stopped';
        return;
      }
      state = 'stopping';
      await stopChild(child);
      state = 'stopped';
    },
  };
  return instance;
}
