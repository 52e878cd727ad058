/**
 * Starts the stack the e2e tests drive: session-api and jwt-api as real child processes (memory
 * stores, a throw-away users database shared by both, random secrets, the lab enabled), then
 * `vite preview` of the built app with its proxy pointed at them, and the attacker site aimed at
 * the app (reached as `localhost`: another site). Tears everything down afterwards.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ATTACKER_PORT,
  HOST,
  JWT_API_PORT,
  SESSION_API_PORT,
  WEB_ORIGIN,
  WEB_PORT,
} from './helpers/ports.ts';
import {
  type StartedProcess,
  startProcess,
  stopProcess,
  waitForHttp,
} from './helpers/processes.ts';

const WEB_DIR = fileURLToPath(new URL('..', import.meta.url));
const APPS_DIR = join(WEB_DIR, '..');
const STARTUP_TIMEOUT_MS = 90_000;

function apiEnvironment(port: number, usersDbPath: string): NodeJS.ProcessEnv {
  const { REDIS_URL: _ignored, ...inherited } = process.env;
  return {
    ...inherited,
    NODE_ENV: 'development',
    LAB_ENABLED: 'true',
    LOG_LEVEL: 'error',
    HOST,
    PORT: String(port),
    ALLOWED_ORIGINS: WEB_ORIGIN,
    USERS_DB_PATH: usersDbPath,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    JWT_SECRET: randomBytes(32).toString('hex'),
    // The forgery lab's vulnerable verifier fetches a `jku` from this attacker site only.
    LAB_ATTACKER_ORIGIN: `http://${HOST}:${ATTACKER_PORT}`,
  };
}

export default async function setup() {
  if (!existsSync(join(WEB_DIR, 'dist', 'index.html'))) {
    throw new Error(
      'apps/web/dist is missing: run `pnpm build` first (turbo runs it before test:e2e).',
    );
  }
  const workDir = mkdtempSync(join(tmpdir(), 'authlab-e2e-'));
  const usersDbPath = join(workDir, 'users.sqlite');
  const started: StartedProcess[] = [];
  const teardown = async () => {
    await Promise.all(started.map(stopProcess));
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const apis = [
      { name: 'session-api', dir: 'session-api', port: SESSION_API_PORT },
      { name: 'jwt-api', dir: 'jwt-api', port: JWT_API_PORT },
    ].map((api) => {
      const cwd = join(APPS_DIR, api.dir);
      const child = startProcess(
        api.name,
        join(cwd, 'node_modules', '.bin', 'tsx'),
        ['src/server.ts'],
        {
          cwd,
          env: apiEnvironment(api.port, usersDbPath),
          logPath: join(workDir, `${api.name}.log`),
        },
      );
      started.push(child);
      return { child, url: `http://${HOST}:${api.port}/healthz` };
    });
    await Promise.all(apis.map((api) => waitForHttp(api.url, api.child, STARTUP_TIMEOUT_MS)));

    const preview = startProcess(
      'vite preview',
      join(WEB_DIR, 'node_modules', '.bin', 'vite'),
      ['preview', '--port', String(WEB_PORT), '--strictPort', '--host', HOST],
      {
        cwd: WEB_DIR,
        env: {
          ...process.env,
          SESSION_API_URL: `http://${HOST}:${SESSION_API_PORT}`,
          JWT_API_URL: `http://${HOST}:${JWT_API_PORT}`,
        },
        logPath: join(workDir, 'vite-preview.log'),
      },
    );
    started.push(preview);
    await waitForHttp(`${WEB_ORIGIN}/`, preview, STARTUP_TIMEOUT_MS);

    const attackerDir = join(APPS_DIR, 'attacker-site');
    const attacker = startProcess(
      'attacker-site',
      join(attackerDir, 'node_modules', '.bin', 'tsx'),
      ['src/server.ts'],
      {
        cwd: attackerDir,
        env: {
          ...process.env,
          NODE_ENV: 'development',
          ATTACKER_HOST: HOST,
          ATTACKER_PORT: String(ATTACKER_PORT),
          ATTACKER_TARGET_ORIGIN: WEB_ORIGIN,
        },
        logPath: join(workDir, 'attacker-site.log'),
      },
    );
    started.push(attacker);
    await waitForHttp(`http://${HOST}:${ATTACKER_PORT}/`, attacker, STARTUP_TIMEOUT_MS);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
