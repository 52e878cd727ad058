import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A hang guard, not a performance target: the password KDF (scrypt, ~0.3 s on an idle core) is
    // slow by design, and a 2-core CI machine running several suites at once stretches it.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Seeds one users database (three scrypt hashes) that every test app copies.
    globalSetup: ['test/helpers/global-setup.ts'],
    // Test files share their workers' module cache: importing Koa, zod, ioredis and SQLite once
    // per worker instead of once per file. No test relies on fresh module state.
    isolate: false,
  },
});
