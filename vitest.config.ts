import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The last resort against a hang, not a speed limit: tests count work instead of reading the
    // clock, and a 2-core machine shared by several runs is ten times slower than an idle one.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
