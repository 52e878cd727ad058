/**
 * Debian's Chromium through playwright-core (never the `playwright` package: its browser download
 * is blocked here). Every test gets a fresh context: an empty cookie jar and empty localStorage.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { WEB_ORIGIN } from './ports.ts';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with \`apt-get install chromium\`, or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export async function openLab(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; fakeClock?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  // Playwright's clock: the page's Date and timers move only when the test says so.
  if (options.fakeClock) await page.clock.install();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${WEB_ORIGIN}/`);
  await page.locator('[data-side="session"] [data-health="up"]').waitFor();
  await page.locator('[data-side="jwt"] [data-health="up"]').waitFor();
  if (errors.length > 0) throw new Error(`Page errors: ${errors.join('; ')}`);
  return page;
}

/** The whole page, or with `fullPage: false` what the viewport shows (presenter mode, a dialog). */
export async function saveScreenshot(
  page: Page,
  name: string,
  options = { fullPage: true },
): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: options.fullPage });
}
