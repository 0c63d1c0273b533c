import { defineConfig } from 'vitest/config';

/** Browsertests mod det byggede site (dist/) i systemets Chromium. Kør `npm run build` først. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/server.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
