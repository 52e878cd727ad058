import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One cluster (twelve real API processes and a redis-server) serves every file; its start-up
    // takes ~15 s on a busy 2-core machine. Files run one at a time because some stop instances
    // and toggle sticky routing, which the others would see.
    globalSetup: ['test/helpers/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
