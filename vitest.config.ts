import { defineConfig } from 'vitest/config';

// Two tiers. "fast" holds the unit and scenario tests: they read content and fixtures, never a
// built site, and are what a developer runs while editing (`npm run test:fast`). "site" holds
// the tests of the built handbook (its HTML, Chromium, builds of their own): the real handbook
// is built once for all of them by the global setup. `npm test` runs both.
const SITE_TESTS = ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/integration/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
    projects: [
      // The fast tests share no state through modules, so one worker may run many files without
      // starting afresh for each: half the time of isolated workers.
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: SITE_TESTS, isolate: false } },
      { extends: true, test: { name: 'site', include: SITE_TESTS, globalSetup: ['tests/support/build-site.ts'] } },
    ],
  },
});
