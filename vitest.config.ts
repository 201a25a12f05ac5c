import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const alias = {
  '@minat/core': src('./packages/core/src/index.ts'),
  '@minat/charts/node': src('./packages/charts/src/node/index.ts'),
  '@minat/charts': src('./packages/charts/src/index.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-results.json' },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'apps/dashboard/test/unit/**/*.test.ts'],
          testTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        // End-to-end: the built dashboard in Debian's headless Chromium (playwright-core).
        test: {
          name: 'e2e',
          include: ['apps/dashboard/test/e2e/**/*.test.ts'],
          globalSetup: ['apps/dashboard/test/helpers/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
