import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Seeds one users database (three scrypt hashes) that every test app copies.
    globalSetup: ['test/helpers/global-setup.ts'],
    // Test files share their workers' module cache: importing Koa, zod, ioredis and SQLite once
    // per worker instead of once per file. No test relies on fresh module state.
    isolate: false,
  },
});
