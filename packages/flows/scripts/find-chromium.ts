/**
 * Finds the Chromium that renders the diagrams: the one named by CHROMIUM_PATH or
 * PUPPETEER_EXECUTABLE_PATH, else the usual Debian/Ubuntu/Chrome locations. Puppeteer's own
 * browser download is never used (the network is closed, and a system package gets updates).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

export const MISSING_CHROMIUM_MESSAGE =
  "No Chromium to render the diagrams: install Debian's chromium: sudo apt-get install chromium, or set CHROMIUM_PATH";

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): string {
  const fromEnv = env.CHROMIUM_PATH || env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`Chromium not found at ${fromEnv} (set in the environment)`);
    return fromEnv;
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(MISSING_CHROMIUM_MESSAGE);
  return found;
}
