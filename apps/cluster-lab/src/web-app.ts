/**
 * The web app for `pnpm run lab:cluster`: the "Several servers" view lives in it, and its proxy
 * already knows the balancers. If something answers on the web app's port — `npm start` running
 * in another terminal — that one is used; otherwise `vite` is started here and stopped with the
 * lab.
 *
 * Reference: apps/web/vite.config.ts (the /api/cluster/* proxy routes).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnChild, stopChild } from './child-process.ts';

export const WEB_APP_PORT = 5173;
export const WEB_APP_URL = `http://localhost:${WEB_APP_PORT}`;
const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

export interface WebApp {
  /** False when another process (e.g. `npm start`) already serves the page. */
  readonly started: boolean;
  stop(): Promise<void>;
}

async function isAnswering(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

export async function startWebApp(onLine: (line: string) => void): Promise<WebApp> {
  if (await isAnswering(WEB_APP_URL)) return { started: false, stop: async () => {} };
  const child = spawnChild(
    join(WEB_DIR, 'node_modules', '.bin', 'vite'),
    ['--port', String(WEB_APP_PORT), '--strictPort'],
    { cwd: WEB_DIR, env: process.env, onLine },
  );
  return { started: true, stop: () => stopChild(child) };
}
