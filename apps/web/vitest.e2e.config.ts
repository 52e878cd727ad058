/**
 * End-to-end tests: real session-api and jwt-api processes, `vite preview` of the built app, and
 * Debian's Chromium driven by playwright-core. One file at a time: the two APIs and their lab
 * clocks are shared by every test.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
