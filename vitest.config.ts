import { defineConfig } from 'vitest/config';

// Two tiers. "fast" holds the unit and scenario tests: they read content and fixtures in the test
// process, never a built site, and are what a developer runs while editing (`npm run test:fast`).
// "slow" holds the tests of the built handbook (its HTML, Chromium under nginx, builds of their
// own) and the command-line scripts driven end to end in git repositories of their own; the real
// handbook is built once for all of them by the global setup. `npm test` runs both.
const SLOW_TESTS = [
  // The views of src/site/ (*-view.test.ts) are pure and fast; the rest of tests/site/ reads the built site.
  'tests/site/**/!(*-view).test.ts',
  'tests/e2e/**/*.test.ts',
  'tests/integration/**/*.test.ts',
  'tests/scripts/*-cli.test.ts',
  'tests/versioning/release-history.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
    projects: [
      // The fast tests share no state through modules, so one worker may run many files without
      // starting afresh for each: half the time of isolated workers.
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: SLOW_TESTS, isolate: false } },
      { extends: true, test: { name: 'slow', include: SLOW_TESTS, globalSetup: ['tests/support/build-site.ts'] } },
    ],
  },
});
