import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox ESR (puppeteer-core over WebDriver BiDi): one file at a time, one browser at once
// (2 cores). Firefox is slower to start than Chromium and some steps wait on an editor's undo grouping.
export default defineConfig({
  test: {
    name: 'e2e-firefox',
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 45_000,
    hookTimeout: 90_000,
    sequence: { concurrent: false },
  },
});
