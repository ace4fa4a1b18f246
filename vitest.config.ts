import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site tests build the real handbook once; they share it through this setup.
    globalSetup: ['tests/support/build-site.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
  },
});
