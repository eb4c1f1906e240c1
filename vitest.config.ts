import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests. The engine's tests run in plain Node (it must not need a DOM);
// everything that touches the DOM or the extension APIs runs in happy-dom with
// WXT's fake browser.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: ['tests/unit/analysis/**/*.test.ts', 'tests/unit/cli/**/*.test.ts', 'tests/unit/repo/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/analysis/**', 'tests/unit/cli/**', 'tests/unit/repo/**'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
    ],
  },
});
