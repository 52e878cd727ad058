import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A hang guard, not a performance target: the password KDF (scrypt, ~0.3 s on an idle core) is
    // slow by design, and a 2-core CI machine running several suites at once stretches it.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
