import { defineConfig } from 'vitest/config';

/**
 * Én konfiguration med tre projekter:
 * - unit: enheds- og komponenttests (`npm run test:unit`)
 * - bygning: bygger en kladdekopi og tjekker byggefejlenes beskeder (`npm run test:bygning`)
 * - browser: det byggede site (dist/) i systemets Chromium; kør `npm run build` først (`npm run test:browser`)
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'bygning',
          include: ['tests/bygning/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/server.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
