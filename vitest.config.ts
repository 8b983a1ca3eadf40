import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['src/components/**'],
        },
      },
      // Component render tests: compiled by Astro (see the file for why they are apart).
      './vitest.render.config.ts',
    ],
  },
});
