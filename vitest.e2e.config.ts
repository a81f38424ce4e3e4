import { defineConfig } from 'vitest/config';

/** `npm run test:e2e`: the built task pane page in headless Chromium (test/e2e). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
